/**
 * What the page checks of a file of evidence before sending it: one of the accepted formats (PDF, DOCX, XLSX, JPG,
 * PNG), not empty, and within the size limit. The service checks the bytes again (a renamed file is refused there);
 * this spares a clerk the wait of uploading 30 MB to hear it is too large, or a .doc to hear it is not taken.
 */
const ACCEPTED: Record<string, string[]> = {
  pdf: ['application/pdf'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
}

export const ACCEPT_ATTRIBUTE = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png'

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/** 1.5 MB, 600 KB, 512 B */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toString()} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} B`
}

/** Why the file cannot be attached, in Chinese; undefined when it may be sent. */
export function fileProblem(file: { name: string; size: number; type?: string }, maxBytes: number): string | undefined {
  const extension = extensionOf(file.name)
  if (extension === 'doc' || extension === 'xls') return `“${file.name}”是旧版 Office 格式，请另存为 ${extension}x 后再上传`
  const types = ACCEPTED[extension]
  if (!types) return `“${file.name}”不是可接收的格式，只接收 PDF、DOCX、XLSX、JPG、PNG 文件`
  if (file.type && !types.includes(file.type) && file.type !== 'application/octet-stream') {
    return `“${file.name}”的内容与扩展名不符，请确认文件格式`
  }
  if (file.size === 0) return `“${file.name}”是空文件`
  if (file.size > maxBytes) return `“${file.name}”大小为 ${formatSize(file.size)}，超过 ${formatSize(maxBytes)} 的上限，请压缩或拆分后再上传`
  return undefined
}

/** The title a file is listed under unless the clerk writes another: its name without the extension. */
export function titleOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 200)
}
