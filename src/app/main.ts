// Entry point of the explorer page.
import "./styles.css";
import { createExplorer } from "./explorer.js";

const root = document.getElementById("app")!;
createExplorer(root)
  .then((api) => {
    // For the end-to-end tests, the speed script and the browser console.
    (window as unknown as { claimgraph: unknown }).claimgraph = api;
    document.body.dataset.ready = "true";
  })
  .catch((err) => {
    root.textContent = `Could not start the explorer: ${err instanceof Error ? err.message : err}`;
    document.body.dataset.ready = "error";
  });
