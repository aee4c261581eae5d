// Nothing typed is lost: the composer's local copy, its honest status, and one key per press of Publish.
// Used by forum/components/drafts.py (DraftKeeper) inside the composer island; see docs/security.md.
//
// - Every keystroke in #composer-text is written to localStorage under "frontline.draft.<thread>.<parent>"
//   as {text, parent, name, at, key} — no server round trip.
// - After the composer (re)binds on the server (a new loadNonce), the newest local copy for the thread wins
//   over the server's draft when it differs and is newer: a reconnect never puts an older text back.
// - window.flDrafts.press() is what Publish sends: the text, the parent and a submission key that stays the
//   same until the server accepts the comment (acceptedKey), so pressing again, or a resend after the
//   connection returns, never stores a second comment. The accepted copy is removed.
// - A paste that would take the text past maxChars is refused with a message; the text stays as it was.
import { createElement, useEffect, useRef, useState } from "react";

const PREFIX = "frontline.draft.";

function storage() {
  try {
    return window.localStorage;
  } catch (error) {
    return null; // storage disabled: the server copy is all there is
  }
}

function read(key) {
  try {
    return JSON.parse(storage()?.getItem(key) || "null");
  } catch (error) {
    return null;
  }
}

function keysOf(threadId) {
  const store = storage();
  const keys = [];
  if (!store) return keys;
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key && key.startsWith(`${PREFIX}${threadId}.`)) keys.push(key);
  }
  return keys;
}

function newest(threadId) {
  let best = null;
  for (const key of keysOf(threadId)) {
    const record = read(key);
    if (record && typeof record.text === "string" && (!best || record.at > best.at)) best = record;
  }
  return best;
}

function write(threadId, record) {
  try {
    storage()?.setItem(`${PREFIX}${threadId}.${record.parent || 0}`, JSON.stringify(record));
    return true;
  } catch (error) {
    return false; // quota: the text stays in the box and goes to the server as usual
  }
}

function forget(threadId, submissionKey) {
  for (const key of keysOf(threadId)) {
    const record = read(key);
    if (!submissionKey || (record && record.key === submissionKey)) storage()?.removeItem(key);
  }
}

function newKey() {
  if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 14)}`;
}

function box() {
  return document.getElementById("composer-text");
}

export function DraftKeeper(props) {
  const { threadId, parentId, replyName, serverText, draftSaved, connected, loadNonce, serverDraftAt,
    acceptedKey, maxChars, onRestore } = props; // and onPublished, read through latest
  const latest = useRef(props);
  latest.current = props;
  const [typed, setTyped] = useState(null); // what the box holds, as last typed here
  const [tooLong, setTooLong] = useState("");
  const [pressed, setPressed] = useState(false);

  // Every keystroke: keep a local copy (with the press's key, which a change of text keeps).
  useEffect(() => {
    const onInput = (event) => {
      if (!event.target || event.target.id !== "composer-text") return;
      const p = latest.current;
      const before = read(`${PREFIX}${p.threadId}.${p.parentId || 0}`);
      const text = event.target.value;
      setTyped(text);
      setTooLong("");
      if (!text.trim()) {
        forget(p.threadId, null);
        return;
      }
      write(p.threadId, { text, parent: p.parentId || 0, name: p.replyName || "", at: Date.now(),
        key: before ? before.key || "" : "" });
    };
    const onPaste = (event) => {
      const target = event.target;
      if (!target || target.id !== "composer-text") return;
      const pasted = (event.clipboardData && event.clipboardData.getData("text")) || "";
      const limit = latest.current.maxChars;
      const kept = target.value.length - (target.selectionEnd - target.selectionStart);
      if (limit > 0 && kept + pasted.length > limit) {
        event.preventDefault();
        setTooLong(`That paste is ${pasted.length.toLocaleString("en")} characters; a comment can have at ` +
          `most ${limit.toLocaleString("en")}. Nothing was pasted and your text is unchanged: shorten it, ` +
          "or split it into several comments.");
      }
    };
    document.addEventListener("input", onInput, true);
    document.addEventListener("paste", onPaste, true);
    return () => {
      document.removeEventListener("input", onInput, true);
      document.removeEventListener("paste", onPaste, true);
    };
  }, []);

  // The server (re)bound the composer, or accepted a press: reconcile the local copy with it.
  useEffect(() => {
    if (!threadId) return;
    const local = newest(threadId);
    if (!local) return;
    if (acceptedKey && local.key === acceptedKey) {
      forget(threadId, acceptedKey);
      setTyped(null);
      setPressed(false);
      return;
    }
    if (loadNonce && local.text !== serverText && local.at > (serverDraftAt || 0)) {
      setTyped(local.text);
      onRestore(local.text, local.parent || 0, local.name || "", loadNonce);
    }
  }, [threadId, loadNonce, acceptedKey]);

  // What Publish sends: the box's text, whom it answers, and this press's key (kept until accepted).
  useEffect(() => {
    window.flDrafts = {
      press() {
        const p = latest.current;
        const text = box() ? box().value : p.serverText;
        const record = read(`${PREFIX}${p.threadId}.${p.parentId || 0}`) || {};
        const key = record.key || newKey();
        write(p.threadId, { text, parent: p.parentId || 0, name: p.replyName || "", at: Date.now(), key });
        setPressed(true);
        return { text, parent_id: p.parentId || 0, key };
      },
      // Publish: the press sent in one request (frontline.js), its answer told to the app's composer.
      publish() {
        const press = this.press();
        const tell = (answer) => latest.current.onPublished && latest.current.onPublished(answer);
        const send = window.frontline && window.frontline.publish;
        if (!send) return tell({ stored: false, press });
        return send(press).then(tell, () => tell({ stored: false, press }));
      },
    };
    return () => {
      delete window.flDrafts;
    };
  }, []);

  const text = typed === null ? serverText : typed;
  let status = "";
  if (!connected) {
    status = text.trim() || pressed ? (pressed ? "Offline — kept on this device; it will be sent when the " +
      "connection returns" : "Offline — kept on this device") : "";
  } else if (text.trim()) {
    status = text === serverText && draftSaved ? "Saved" : "Saving…";
  }
  return createElement("span", { className: "fl-draft-keeper" },
    createElement("span", { id: "composer-draft-status", role: "status", "data-connected": String(!!connected) },
      status),
    tooLong ? createElement("span", { id: "composer-too-long", role: "alert", className: "fl-too-long" }, tooLong)
      : null);
}

export default { DraftKeeper };
