// The LPLPO editor (Pages/Pharmacy/Lplpo/Edit): the grid is rendered by the server once; this script keeps the computed
// cells up to date as the pharmacist types, saves the changed rows through PUT /api/v1/lplpos/{id}/draft (If-Match
// with the LPLPO's ETag, the anti-forgery token in X-CSRF-TOKEN) about half a second after the last keystroke, then
// asks GET /api/v1/lplpos/{id}/check what the rules say now and patches only the flag cells. Without it, the form's
// "Simpan draf" and "Kirim" buttons post the whole grid.
"use strict";
(function () {
    const form = document.getElementById("lplpo-form");
    const grid = document.getElementById("lplpo-grid");
    if (!form || !grid || !window.fetch) return;

    const id = form.dataset.lplpo;
    const text = form.dataset;
    const status = form.querySelector('[data-testid="draft-status"]');
    const general = document.getElementById("lplpo-flags");
    const rows = new Map();
    for (const row of grid.tBodies[0].rows) rows.set(row.dataset.drug, row);
    const dirty = new Set();
    const manual = new Map(); // drug code -> set of fields typed by hand (closing, requested), which stop following the others
    let etag = form.dataset.etag;
    let timer = 0;
    let saving = null;
    let again = false;

    const number = (value) => {
        const cleaned = String(value || "").trim().replace(/[.,\s]/g, "");
        if (cleaned === "") return null;
        return /^-?\d+$/.test(cleaned) ? Number(cleaned) : NaN;
    };
    const format = (value) => value == null || Number.isNaN(value) ? "–" : value.toLocaleString(document.documentElement.lang || "id");
    const input = (row, field) => row.querySelector('[data-field="' + field + '"]');
    const cell = (row, name) => row.querySelector('[data-cell="' + name + '"]');
    const setStatus = (message, kind) => {
        if (!status) return;
        status.textContent = message;
        status.className = "draft-status" + (kind ? " " + kind : "");
    };

    // Keeps the computed columns and the fields that follow them (closing, requested) in step with what was typed.
    function recompute(row, changed) {
        const code = row.dataset.drug;
        const typed = manual.get(code) || new Set();
        if (changed === "closing" || changed === "requested") typed.add(changed);
        manual.set(code, typed);
        const opening = Number(row.dataset.opening);
        const received = Number(row.dataset.received);
        const optimum = row.dataset.optimum === "" ? null : Number(row.dataset.optimum);
        const used = number(input(row, "used").value) || 0;
        const lost = number(input(row, "lost").value) || 0;
        const computed = opening + received - used - lost;
        if ((changed === "used" || changed === "lost") && !typed.has("closing")) input(row, "closing").value = String(Math.max(0, computed));
        const closing = number(input(row, "closing").value);
        const check = cell(row, "check");
        check.textContent = format(computed);
        check.classList.toggle("mismatch", closing !== computed);
        if (optimum !== null && closing !== null && !Number.isNaN(closing)) {
            const suggested = Math.max(0, optimum - closing);
            cell(row, "suggested").textContent = format(suggested);
            if (!typed.has("requested") && changed !== "requested") input(row, "requested").value = String(suggested);
        }
    }

    function lineOf(row) {
        const line = { drugCode: row.dataset.drug };
        for (const field of ["used", "lost", "closing", "stockoutDays", "requested"]) {
            const value = number(input(row, field).value);
            if (Number.isNaN(value)) throw new Error(row.dataset.drug + " " + field + ": " + text.textNumber);
            if (value !== null) line[field] = value;
        }
        line.note = input(row, "note").value;
        return line;
    }

    function clearErrors() {
        for (const error of grid.querySelectorAll(".field-error")) error.remove();
        for (const invalid of grid.querySelectorAll("td.invalid")) invalid.classList.remove("invalid");
    }

    // Puts each "lines[k].field" error of the answer next to its field (k numbers the lines sent).
    function showErrors(problem, sent) {
        const messages = [];
        for (const [field, list] of Object.entries(problem.errors || {})) {
            const match = /^lines\[(\d+)\](?:\.(\w+))?/.exec(field);
            const row = match ? rows.get(sent[Number(match[1])]) : null;
            if (row) {
                const target = input(row, match[2] || "used");
                if (target) {
                    const span = document.createElement("span");
                    span.className = "field-error";
                    span.textContent = list.join(" ");
                    target.parentElement.classList.add("invalid");
                    target.parentElement.appendChild(span);
                }
            }
            messages.push((row ? row.dataset.drug + " " : "") + list.join(" "));
        }
        setStatus(text.textFailed + ": " + (messages.join("; ") || problem.detail || problem.title || ""), "error");
    }

    function flagElement(flag) {
        const div = document.createElement("div");
        const severity = String(flag.severity).toLowerCase();
        const state = String(flag.status).toLowerCase();
        div.className = "flag " + severity + " " + state;
        div.dataset.rule = flag.rule;
        div.dataset.drug = flag.drugCode || "";
        div.dataset.step = flag.step;
        div.dataset.severity = severity;
        div.dataset.status = state;
        const badge = document.createElement("span");
        badge.className = "badge " + severity;
        badge.textContent = text["text" + severity.charAt(0).toUpperCase() + severity.slice(1)] || severity;
        const rule = document.createElement("strong");
        rule.textContent = flag.rule;
        div.append(badge, " ", rule, " ");
        if (flag.subject) {
            const subject = document.createElement("span");
            subject.className = "subject";
            subject.textContent = "[" + flag.subject + "]";
            div.append(subject, " ");
        }
        const message = document.createElement("span");
        message.className = "message";
        message.textContent = flag.message;
        const flagStatus = document.createElement("span");
        flagStatus.className = "flag-status";
        flagStatus.textContent = " · " + (state === "acknowledged" ? text.textAcknowledged : text.textOpen);
        div.append(message, flagStatus);
        if (state === "acknowledged") {
            const settled = document.createElement("span");
            settled.className = "settled";
            settled.textContent = " · " + text.textAcknowledgedBy.replace("{0}", flag.acknowledgedBy || "").replace("{1}", flag.acknowledgeReason || "");
            div.append(settled);
        }
        return div;
    }

    function ackInput(rule, drug, values) {
        const label = document.createElement("label");
        label.className = "ack";
        label.textContent = text.textAck + " " + rule + " ";
        const field = document.createElement("input");
        field.type = "text";
        field.maxLength = 500;
        field.name = "ack|" + rule + "|" + drug;
        field.dataset.ackRule = rule;
        field.dataset.ackDrug = drug;
        field.value = values.get(field.name) || "";
        label.append(field);
        return label;
    }

    // Replaces the flags (and acknowledgement inputs) of every row and of the list above the grid, keeping typed reasons.
    function renderFlags(flags) {
        const values = new Map();
        for (const field of form.querySelectorAll("input[data-ack-rule]")) values.set(field.name, field.value);
        const byDrug = new Map();
        for (const flag of flags) {
            const key = flag.drugCode || "";
            if (!byDrug.has(key)) byDrug.set(key, []);
            byDrug.get(key).push(flag);
        }
        const fill = (container, list, drug) => {
            const content = document.createDocumentFragment();
            const asked = new Set();
            for (const flag of list) content.append(flagElement(flag));
            for (const flag of list) {
                if (String(flag.severity).toLowerCase() !== "warning" || String(flag.status).toLowerCase() !== "open" || asked.has(flag.rule)) continue;
                asked.add(flag.rule);
                content.append(ackInput(flag.rule, drug, values));
            }
            container.replaceChildren(content);
        };
        for (const [code, row] of rows) {
            const list = byDrug.get(code) || [];
            const target = row.querySelector("td.flags");
            if (list.length === 0 && target.childElementCount === 0) continue;
            fill(target, list, code);
            row.classList.toggle("flagged", list.some((f) => String(f.severity).toLowerCase() === "error" ||
                (String(f.severity).toLowerCase() === "warning" && String(f.status).toLowerCase() === "open")));
        }
        if (general) fill(general, byDrug.get("") || [], "");
    }

    // The draft's current flags: what the lplpo rules raise now, with the stored flags of other steps.
    function merge(current, stored) {
        const same = (a, b) => a.rule === b.rule && (a.drugCode || "") === (b.drugCode || "") && (a.subject || "") === (b.subject || "");
        return current.concat(stored.filter((s) => s.step !== "lplpo" || !current.some((c) => same(c, s))));
    }

    async function save() {
        if (saving) { again = true; return; }
        const codes = Array.from(dirty);
        if (codes.length === 0) return;
        let lines;
        try {
            lines = codes.map((code) => lineOf(rows.get(code)));
        } catch (error) {
            setStatus(error.message, "error");
            return;
        }
        dirty.clear();
        setStatus(text.textSaving, "busy");
        saving = (async () => {
            try {
                const response = await fetch("/api/v1/lplpos/" + id + "/draft", {
                    method: "PUT",
                    credentials: "same-origin",
                    headers: {
                        "Content-Type": "application/json",
                        "Accept": "application/json",
                        "If-Match": etag,
                        "X-CSRF-TOKEN": window.requisition ? window.requisition.csrf() : "",
                    },
                    body: JSON.stringify({ lines }),
                });
                if (response.status === 409) {
                    setStatus(text.textStale, "error");
                    return;
                }
                if (!response.ok) {
                    for (const code of codes) dirty.add(code);
                    let problem = {};
                    try { problem = await response.json(); } catch (_) { /* not a problem document */ }
                    clearErrors();
                    showErrors(problem, codes);
                    return;
                }
                etag = response.headers.get("ETag") || etag;
                form.dataset.etag = etag;
                // The form's own posts (Simpan draf, Kirim) carry the revision too, so they are refused if someone moved on.
                const revision = /-r(\d+)"?$/.exec(etag);
                const field = form.querySelector('input[name="Revision"]');
                if (revision && field) field.value = revision[1];
                const answer = await response.json();
                clearErrors();
                const check = await fetch("/api/v1/lplpos/" + id + "/check", { credentials: "same-origin", headers: { "Accept": "application/json" } });
                const current = check.ok ? await check.json() : [];
                renderFlags(merge(current, answer.flags || []));
                setStatus(text.textSaved, "saved");
            } catch (_) {
                for (const code of codes) dirty.add(code);
                setStatus(text.textFailed, "error");
            }
        })();
        await saving;
        saving = null;
        if (again || dirty.size > 0) {
            again = false;
            schedule();
        }
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 500);
    }

    grid.addEventListener("input", (event) => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement) || !target.dataset.field) return;
        const row = target.closest("tr[data-drug]");
        if (!row) return;
        recompute(row, target.dataset.field);
        dirty.add(row.dataset.drug);
        schedule();
    });

    // Typing an acknowledgement reason is not a change to the draft; anything left unsaved is saved before submitting.
    form.addEventListener("submit", () => window.clearTimeout(timer));
})();
