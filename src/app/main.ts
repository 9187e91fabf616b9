// Placeholder entry point until the explorer lands.
document.getElementById("app")!.textContent = "claimgraph";
