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
  const removeDialog = document.getElementById("remove-dialog");
  const cards = new Map();
  let timer = null;
  let stopped = false;
  let resetTarget = null;
  let removeTarget = null;
  let clockOffset = 0; // the hub's clock minus this browser's: "last seen" goes by the hub's
  // What a failed fetch() means to the admin. Browsers word it each their own way ("Failed to
  // fetch", "NetworkError when attempting to fetch resource.", "Load failed"): never show those.
  const OFFLINE = "Can't reach qbdlink. Check your internet connection; this page retries by itself.";

  class Expired extends Error {}
  // An error whose message was written for the admin (anything else is a bug of this page, and
  // its message, in the browser's words, is not shown: see plain()).
  class Problem extends Error {}
  const UNREADABLE = "qbdlink sent an answer this page could not read. This page retries by itself; " +
    "if a button did not work, reload the page and try again.";

  function plain(error) {
    return error instanceof Problem ? error.message : UNREADABLE;
  }

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

  function plural(count, unit) {
    return count + " " + unit + (count === 1 ? "" : "s") + " ago";
  }

  // "just now", "5 minutes ago"... by the hub's clock, so a wrong clock on the admin's computer
  // does not make a connector look silent (or alive).
  function ago(iso) {
    const then = Date.parse(iso || "");
    if (isNaN(then)) return "";
    const seconds = Math.max(0, Math.round((Date.now() + clockOffset - then) / 1000));
    if (seconds < 10) return "just now";
    if (seconds < 60) return plural(seconds, "second");
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return plural(minutes, "minute");
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return plural(hours, "hour");
    return plural(Math.floor(hours / 24), "day");
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
    if (removeDialog && removeDialog.open) removeDialog.close("cancel");
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
    let response;
    try {
      response = await fetch(path, init);
    } catch (_) {
      throw new Problem(OFFLINE); // offline, DNS, a proxy or the hub down: the browser's words vary
    }
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
      throw new Problem(
        (error && error.user_facing_message) ||
          "qbdlink could not answer just now (error " + response.status + "). This page retries by itself; " +
            "if a button did not work, try it again in a minute."
      );
    }
    if (data === null && response.status !== 204) throw new Problem(UNREADABLE); // a proxy's page
    return data;
  }

  function buildCard(link) {
    const id = link.id;
    const root = el("article", "company");
    root.dataset.linkId = id;
    root.setAttribute("aria-labelledby", "name-" + id);

    const head = el("div", "company-head");
    const titles = el("div", "company-titles");
    const name = el("h3", "company-name");
    name.id = "name-" + id;
    const alias = el("p", "company-alias");
    alias.hidden = true;
    titles.append(name, alias);
    const badge = el("span", "badge");
    badge.setAttribute("aria-hidden", "true");
    head.append(titles, badge);

    const keyRow = el("div", "key-row");
    const label = el("span", "key-label", "License key");
    label.id = "key-label-" + id;
    // Text, not an <input>: it wraps on a narrow phone instead of hiding its end. One tap selects
    // all of it (user-select: all); Copy copies it.
    const key = el("span", "key");
    key.id = "key-" + id;
    key.tabIndex = 0;
    key.setAttribute("role", "textbox");
    key.setAttribute("aria-readonly", "true");
    key.setAttribute("aria-labelledby", label.id);
    key.setAttribute("spellcheck", "false");
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
    const connector = el("p", "connector");
    connector.hidden = true;
    const warning = el("div", "warning");
    warning.setAttribute("role", "note");
    warning.hidden = true;
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
    const syncNow = el("button", "button sync", "Sync now");
    syncNow.type = "button";
    syncNow.hidden = true;
    syncNow.setAttribute("aria-describedby", "name-" + id);
    const reset = el("button", "button reset", "Reset key");
    reset.type = "button";
    reset.setAttribute("aria-describedby", "name-" + id);
    const remove = el("button", "button remove", "Remove company");
    remove.type = "button";
    remove.setAttribute("aria-describedby", "name-" + id);
    actions.append(syncNow, reset, remove);

    root.append(head, keyRow, status, facts, connector, progressBox, attention, warning, message, actions);

    copy.addEventListener("click", () => copyKey(key, copied));
    syncNow.addEventListener("click", () => syncCompany(id));
    reset.addEventListener("click", () => askReset(id));
    remove.addEventListener("click", () => askRemove(id));

    return {
      root, name, alias, badge, key, copy, copied, statusLabel, statusDetail, facts, connector,
      warning, attention, message, progressBox, progress, progressText, syncNow, reset, remove,
      link: null, last: "", syncing: false,
    };
  }

  function detailOf(link) {
    switch (link.state) {
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

  // "On FRONT-DESK-PC · connector last seen 2 minutes ago" (nothing before a connector claims
  // the key). Redrawn at every refresh: the time goes on even when nothing else changed.
  function connectorOf(link) {
    if (link.state === "waiting_for_connector" || !link.claimed_at) return "";
    const seen = link.last_seen_at ? "connector last seen " + ago(link.last_seen_at) : "";
    if (!link.machine_name) return seen ? seen.charAt(0).toUpperCase() + seen.slice(1) : "";
    return "On " + link.machine_name + (seen ? " · " + seen : "");
  }

  function updateConnector(card, link) {
    setText(card.connector, connectorOf(link));
    setHidden(card.connector, !card.connector.textContent);
    if (link.last_seen_at) setAttr(card.connector, "title", "Last seen " + when(link.last_seen_at));
  }

  function updateCard(card, link) {
    card.link = link;
    updateConnector(card, link);
    const snapshot = JSON.stringify(link);
    if (card.last === snapshot) return;
    card.last = snapshot;
    // Named after the company QuickBooks reported at Verify; before that, the name given here.
    const title = link.company_name || link.name;
    setText(card.name, title);
    const aliased = Boolean(link.company_name) && link.company_name !== link.name;
    setText(card.alias, aliased ? "Added as \u201c" + link.name + "\u201d" : "");
    setHidden(card.alias, !aliased);
    setText(card.badge, link.status);
    setAttr(card.badge, "class", "badge state-" + link.state);
    setAttr(card.root, "data-state", link.state);
    setText(card.key, link.license_key);
    setText(card.statusLabel, link.status);
    setText(card.statusDetail, detailOf(link));
    setText(card.facts, factsOf(link));
    setHidden(card.facts, !card.facts.textContent);
    setText(card.warning, link.warning || "");
    setHidden(card.warning, !link.warning);
    // Nothing to sync before Verify: the button appears once QuickBooks' company is known.
    setHidden(card.syncNow, !link.verified_at);

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
      const now = Date.parse(page.now || "");
      if (!isNaN(now)) clockOffset = now - Date.now();
      render(page.data);
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError(plain(error));
    }
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      if (!document.hidden) await refresh();
      schedule();
    }, POLL_MS);
  }

  function selectAll(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  async function copyKey(key, feedback) {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(key.textContent);
        ok = true;
      }
    } catch (_) {
      ok = false;
    }
    if (!ok) {
      key.focus();
      selectAll(key);
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
      announce("New license key for " + (link.company_name || link.name) + ". The old key no longer works.");
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError(plain(error));
    } finally {
      if (card) card.reset.disabled = false;
    }
  }

  async function syncCompany(id) {
    const card = cards.get(id);
    if (!card || card.syncing) return;
    card.syncing = true;
    const wasSyncing = card.link && card.link.state === "syncing";
    try {
      const link = await api("POST", "/setup/api/links/" + encodeURIComponent(id) + "/sync");
      updateCard(card, link);
      const name = link.company_name || link.name;
      announce(
        wasSyncing
          ? "A sync of " + name + " is already running; another starts when it ends."
          : "Sync started for " + name + "."
      );
      showError("");
    } catch (error) {
      if (!(error instanceof Expired)) showError(plain(error));
    } finally {
      card.syncing = false;
    }
  }

  function askRemove(id) {
    removeTarget = id;
    const card = cards.get(id);
    const name = card ? card.name.textContent : "this company";
    if (removeDialog && typeof removeDialog.showModal === "function") {
      setText(document.getElementById("remove-company"), name);
      removeDialog.returnValue = "";
      removeDialog.showModal();
      document.getElementById("remove-cancel").focus();
    } else if (window.confirm("Remove " + name + "? Its license key stops working.")) {
      removeCompany(id);
    }
  }

  async function removeCompany(id) {
    const card = cards.get(id);
    const name = card ? card.name.textContent : "The company";
    if (card) card.remove.disabled = true;
    try {
      await api("DELETE", "/setup/api/links/" + encodeURIComponent(id));
      if (card) {
        card.root.remove();
        cards.delete(id);
      }
      addButton.focus(); // the card and its buttons are gone: focus somewhere that stays
      announce("Removed " + name + ". Its license key no longer works.");
      showError("");
      await refresh();
    } catch (error) {
      if (card) card.remove.disabled = false;
      if (!(error instanceof Expired)) showError(plain(error));
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
      if (!(error instanceof Expired)) showError(plain(error));
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
  if (removeDialog) {
    removeDialog.addEventListener("close", () => {
      const id = removeTarget;
      removeTarget = null;
      if (removeDialog.returnValue === "confirm" && id) removeCompany(id);
      else if (id && cards.get(id)) cards.get(id).remove.focus();
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
