/**
 * `<copy-block>`: reveals its copy button when the Clipboard API is available and copies the
 * text of its `[data-copy-source]` element (or `<pre>`), announcing the result through a live region.
 */
class CopyBlock extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const pre = this.querySelector('[data-copy-source]') ?? this.querySelector('pre');
    const status = this.querySelector('.copy-status');
    if (!button || !pre || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(pre.textContent ?? '').then(
        () => (status.textContent = this.dataset['copied'] ?? ''),
        () => (status.textContent = this.dataset['failed'] ?? ''),
      );
    });
  }
}

if (!customElements.get('copy-block')) customElements.define('copy-block', CopyBlock);
