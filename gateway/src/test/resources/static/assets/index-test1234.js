console.log("test workbench");
