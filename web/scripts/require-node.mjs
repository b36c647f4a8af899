// Vite 8 needs Node.js 20.19 or newer; say so plainly before npm fails in its own words.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Jixiao's web workbench needs Node.js 20.19 or newer beside the JDK; this machine has ${process.version}.`)
  process.exit(1)
}
