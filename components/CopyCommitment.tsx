'use client';

import {useEffect, useState} from 'react';

interface Props {
  url: string;
  citation: string;
  /** Translated on the server: this component carries no messages of its own. */
  labels: {copyLink: string; copyCitation: string; copiedLink: string; copiedCitation: string; failed: string; detail: string};
}

/**
 * "Copy link" and "Copy citation" for one commitment. The buttons appear only
 * where the clipboard can be written; the result is announced politely.
 */
export default function CopyCommitment({url, citation, labels}: Props) {
  const [ready, setReady] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setReady(Boolean(navigator.clipboard)), []);

  const copy = async (text: string, done: string) => {
    // Clear first, so copying the same thing twice is announced twice.
    setMessage('');
    try {
      await navigator.clipboard.writeText(text);
      setMessage(done);
    } catch {
      setMessage(labels.failed);
    }
  };

  return (
    <span className="copy-commitment">
      <button type="button" hidden={!ready} onClick={() => copy(url, labels.copiedLink)}>
        {labels.copyLink}
        <span className="visually-hidden"> {labels.detail}</span>
      </button>
      <button type="button" hidden={!ready} onClick={() => copy(citation, labels.copiedCitation)}>
        {labels.copyCitation}
        <span className="visually-hidden"> {labels.detail}</span>
      </button>
      <span role="status" className="copy-status">
        {message}
      </span>
    </span>
  );
}
