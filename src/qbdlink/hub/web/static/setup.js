// The QuickBooks Desktop set-up page: one card per company, refreshed every 2 seconds
// (QBDLINK_SETUP_POLL_SECONDS).
// Plain JavaScript, no build step. Data is only ever written with textContent (company names
// and messages are user data), and only what changed is touched, so focus, selection and
// screen-reader announcements stay put between polls.
"use strict";

(function () {
  const HEADER = "Qbdlink-Setup-Session";
  function metaContent(name) {
    const meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.getAttribute("content") || "" : "";
  }
  const token = metaContent("qbdlink-setup-session");
  const POLL_MS = Math.max(Number(metaContent("qbdlink-setup-poll-ms")) || 2000, 100);
  const container = document.getElementById("companies");
  const pageStatus = document.getElementById("page-status");
  const pageError = document.getElementById("page-error");
  const addButton = document.getElementById("add-company");
  const dialog = document.getElementById("reset-dialog");
  const cards = new Map();
  let timer = null;
  let stopped = false;
  let resetTarget = null;

  class Expired extends Error {}

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setText(node, value) {
    const text = value == null ? "" : String(value);
    if (node.textContent !== text) node.textContent = text;
  }

  function setHidden(node, hidden) {
    if (node.hidden !== hidden) node.hidden = hidden;
  }

  function setAttr(node, name, value) {
    const text = String(value);
    if (node.getAttribute(name) !== text) node.setAttribute(name, text);
  }

  function when(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    return isNaN(date.getTime()) ? iso : date.toLocaleString();
  }

  function announce(text) {
    setText(pageStatus, text);
  }

  function showError(text) {
    setText(pageError, text);
    setHidden(pageError, !text);
  }

  function showExpired(message) {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    if (dialog && dialog.open) dialog.close("cancel");
    const main = document.querySelector("main");
    const panel = el("section", "panel expired");
    panel.setAttribute("role", "alert");
    panel.appendChild(el("h1", "", "QuickBooks Desktop"));
    const text = el("p", "", message || "This set-up link has expired. Open QuickBooks Desktop settings again.");
    text.id = "expired-message";
    panel.appendChild(text);
    main.replaceChildren(panel);
    document.title = "Set-up link expired";
  }

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    headers[HEADER] = token;
    const init = { method, headers, cache: "no-store", credentials: "omit" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(path, init);
    let data = null;
    try {
      data = await response.json();
    } catch (_) {
      data = null;
    }
    const error = data && data.error ? data.error : null;
    if (response.status === 401 || response.status === 403) {
      showExpired(error && error.user_facing_message);
      throw new Expired();
    }
    if (!response.ok) {
      throw new Error((error && error.user_facing_message) || "The request failed (HTTP " + response.status + ").");
    }
    return data;
  }

  function buildCard(link) {
    const id = link.id;
    const root = el("article", "company");
    root.dataset.linkId = id;
    root.setAttribute("aria-labelledby", "name-" + id);

    const head = el("div", "company-head");
    const name = el("h3", "company-name");
    name.id = "name-" + id;
    const badge = el("span", "badge");
    badge.setAttribute("aria-hidden", "true");
    head.append(name, badge);

    const keyRow = el("div", "key-row");
    const label = el("label", "key-label", "License key");
    label.htmlFor = "key-" + id;
    const key = el("input", "key");
    key.id = "key-" + id;
    key.type = "text";
    key.readOnly = true;
    key.spellcheck = false;
    key.setAttribute("autocomplete", "off");
    const copy = el("button", "button copy", "Copy");
    copy.type = "button";
    copy.setAttribute("aria-describedby", "name-" + id);
    const copied = el("span", "copied");
    copied.setAttribute("aria-live", "polite");
    keyRow.append(label, key, copy, copied);

    const status = el("div", "status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("aria-atomic", "true");
    const statusLabel = el("strong", "status-label");
    const statusDetail = el("span", "status-detail");
    status.append(el("span", "sr-only", "Status: "), statusLabel, statusDetail);

    const facts = el("p", "facts");
    const attention = el("div", "attention");
    attention.setAttribute("role", "alert");
    attention.hidden = true;
    const message = el("p", "message");

    const progressBox = el("div", "progress");
    progressBox.hidden = true;
    const progress = el("progress");
    progress.id = "progress-" + id;
    const progressText = el("p", "progress-text");
    progressText.id = "progress-text-" + id;
    progress.setAttribute("aria-describedby", progressText.id);
    progress.setAttribute("aria-label", "Sync progress");
    progressBox.append(progress, progressText);

    const actions = el("div", "actions");
    const reset = el("button", "button reset", "Reset key");
    reset.type = "button";
    reset.setAttribute("aria-describedby", "name-" + id);
    actions.append(reset);

    root.append(head, keyRow, status, facts, progressBox, attention, message, actions);

    copy.addEventListener("click", () => copyKey(key, copied));
    reset.addEventListener("click", () => askReset(id));

    return {
      root, name, badge, key, copy, copied, statusLabel, statusDetail, facts, attention,
      message, progressBox, progress, progressText, reset, last: "",
    };
  }

  function detailOf(link) {
    switch (link.state) {
      case "linked":
        return link.machine_name ? " on " + link.machine_name : "";
      case "verified":
        return link.company_name ? ": " + link.company_name : "";
      case "up_to_date":
        return link.last_sync_at ? " · last sync " + when(link.last_sync_at) : "";
      default:
        return "";
    }
  }

  function factsOf(link) {
    if (!link.company_name) return "";
    return [link.company_name, link.quickbooks_product, link.region_name].filter(Boolean).join(" · ");
  }

  function updateCard(card, link) {
    const snapshot = JSON.stringify(link);
    if (card.last === snapshot) return;
    card.last = snapshot;
    setText(card.name, link.name);
    setText(card.badge, link.status);
    setAttr(card.badge, "class", "badge state-" + link.state);
    setAttr(card.root, "data-state", link.state);
    if (card.key.value !== link.license_key) card.key.value = link.license_key;
    setText(card.statusLabel, link.status);
    setText(card.statusDetail, detailOf(link));
    setText(card.facts, factsOf(link));
    setHidden(card.facts, !card.facts.textContent);

    const attention = link.needs_attention;
    setText(card.attention, attention ? link.message : "");
    setHidden(card.attention, !attention);
    // Other states say it all in the status line, the facts and the progress bar.
    const explain = link.state === "waiting_for_connector" || link.state === "linked";
    setText(card.message, explain ? link.message : "");
    setHidden(card.message, !explain || !link.message);

    const p = link.progress;
    const syncing = Boolean(p) && link.state === "syncing";
    setHidden(card.progressBox, !syncing);
    if (syncing) {
      setAttr(card.progress, "max", Math.max(p.total, 1));
      setAttr(card.progress, "value", Math.max(p.index - 1, 0));
      const resource = p.resource_label ? " (" + p.resource_label + ")" : "";
      const records = Number(p.records).toLocaleString();
      setText(card.progressText, "Resource " + p.index + " of " + p.total + resource + " · " + records + " records so far");
    }
  }

  function render(list) {
    const seen = new Set();
    let previous = null;
    for (const link of list) {
      seen.add(link.id);
      let card = cards.get(link.id);
      if (!card) {
        card = buildCard(link);
        cards.set(link.id, card);
      }
      updateCard(card, link);
      const expected = previous ? previous.nextSibling : container.firstChild;
      if (expected !== card.root) container.insertBefore(card.root, expected);
      previous = card.root;
    }
    for (const [id, card] of cards) {
      if (!seen.has(id)) {
        card.root.remove();
        cards.delete(id);
      }
    }
    const loading = document.getElementById("loading");
    if (loading) loading.remove();
    let empty = document.getElementById("no-companies");
    if (list.length === 0 && !empty) {
      empty = el("p", "muted", "No company yet: click Add another company to get a license key.");
      empty.id = "no-companies";
      container.appendChild(empty);
    } else if (list.length > 0 && empty) {
      empty.remove();
    }
    setAttr(container, "aria-busy", "false");
  }

  async function refresh() {
    if (stopped) return;
    try {
      const page = await api("GET", "/setup/api/links");
      render(page.data);
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError("Could not refresh the status: " + error.message);
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      if (!document.hidden) await refresh();
      schedule();
    }, POLL_MS);
  }

  async function copyKey(input, feedback) {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(input.value);
        ok = true;
      }
    } catch (_) {
      ok = false;
    }
    if (!ok) {
      input.focus();
      input.select();
      try {
        ok = document.execCommand("copy");
      } catch (_) {
        ok = false;
      }
    }
    setText(feedback, ok ? "Copied" : "Select the key and copy it");
    setTimeout(() => setText(feedback, ""), 3000);
  }

  function askReset(id) {
    resetTarget = id;
    const card = cards.get(id);
    const name = card ? card.name.textContent : "this company";
    if (dialog && typeof dialog.showModal === "function") {
      setText(document.getElementById("reset-company"), name);
      dialog.returnValue = "";
      dialog.showModal();
      document.getElementById("reset-cancel").focus();
    } else if (window.confirm("Reset the license key of " + name + "? The current key stops working.")) {
      resetKey(id);
    }
  }

  async function resetKey(id) {
    const card = cards.get(id);
    if (card) card.reset.disabled = true;
    try {
      const link = await api("POST", "/setup/api/links/" + encodeURIComponent(id) + "/reset-key");
      if (card) {
        updateCard(card, link);
        card.key.focus();
      }
      announce("New license key for " + link.name + ". The old key no longer works.");
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError(error.message);
    } finally {
      if (card) card.reset.disabled = false;
    }
  }

  async function addCompany() {
    addButton.disabled = true;
    try {
      const link = await api("POST", "/setup/api/links", {});
      await refresh();
      const card = cards.get(link.id);
      if (card) card.key.focus();
      announce("Added " + link.name + ". Its license key is ready.");
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError(error.message);
    } finally {
      addButton.disabled = false;
    }
  }

  if (dialog) {
    dialog.addEventListener("close", () => {
      const id = resetTarget;
      resetTarget = null;
      if (dialog.returnValue === "confirm" && id) resetKey(id);
      else if (id && cards.get(id)) cards.get(id).reset.focus();
    });
  }
  addButton.addEventListener("click", addCompany);
  const download = document.getElementById("download");
  if (download && download.getAttribute("aria-disabled") === "true") {
    download.addEventListener("click", (event) => event.preventDefault());
  }
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) refresh();
  });

  refresh().then(schedule);
})();
