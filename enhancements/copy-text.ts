// Copy buttons: each `button[data-copy-value]` inside an element marked
// `data-copy-text` puts its value on the clipboard and announces its
// `data-copy-done` message in the element's `role="status"`. The server
// renders the buttons `hidden`; they appear only where the clipboard can be
// written, so without JavaScript the reader selects the permalink instead.
//
//   <span data-copy-text data-copy-failed="Copying did not work.">
//     <button type="button" hidden data-copy-value="https://…" data-copy-done="Copied.">Copy link</button>
//     <span role="status"></span>
//   </span>

if (navigator.clipboard) {
  for (const group of document.querySelectorAll<HTMLElement>('[data-copy-text]')) {
    const status = group.querySelector<HTMLElement>('[role="status"]');
    for (const button of group.querySelectorAll<HTMLButtonElement>('button[data-copy-value]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const announce = (message = '') => {
          if (status) status.textContent = message;
        };
        // Cleared first, so copying the same thing twice is announced twice.
        announce();
        try {
          await navigator.clipboard.writeText(button.dataset.copyValue ?? '');
          announce(button.dataset.copyDone);
        } catch {
          announce(group.dataset.copyFailed);
        }
      });
    }
  }
}

export {};
