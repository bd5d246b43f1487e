// The floor's worker: answers each line at once with a reply the size of lspv's output, so the floor
// measures the page ↔ worker round trip and one React render, and nothing the simulator does.
const REPLY = 'hdisk0          00f6db0a6c7aece5                    rootvg          active\n'.repeat(4);
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(`${event.data}\n${REPLY}`);
};
