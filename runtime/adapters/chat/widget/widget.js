/*
 * Callflow Studio chat widget. One tag on any page:
 *   <script src="https://runtime.example/widget.js" data-channel="support-chatbot" async></script>
 * Optional: data-title, data-locale (default: the browser's), data-color (accent), data-open="true".
 * No framework, no dependencies; everything lives in a shadow root so the host page's CSS and
 * ours never meet. It talks to /chat/ws on the origin it was loaded from (see README.md there).
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="widget.js"][data-channel]');
  if (!script) return;
  var channel = script.getAttribute('data-channel');
  if (!channel) {
    console.warn('Callflow chat widget: add data-channel="<chat channel>" to the script tag');
    return;
  }
  var origin = new URL(script.src, location.href).origin;
  var title = script.getAttribute('data-title') || 'Chat with us';
  var locale = script.getAttribute('data-locale') || navigator.language || 'en-US';
  var accent = script.getAttribute('data-color') || '#2657d9';
  var key = 'callflow-chat:' + origin + ':' + channel;
  var store = {
    get: function (name) { try { return localStorage.getItem(key + ':' + name); } catch (e) { return null; } },
    set: function (name, value) {
      try { if (value === null) localStorage.removeItem(key + ':' + name); else localStorage.setItem(key + ':' + name, value); } catch (e) { /* private mode */ }
    },
  };
  var placeholders = { email: 'name@example.com', number: 'Type a number', date: 'YYYY-MM-DD', recording: 'Type your message', choice: 'Choose above or type…' };

  var css = [
    // The host element is in the page's DOM, so page rules like "div { color: red }" reach it;
    // everything visible sets its own font and colour instead of inheriting from it.
    ':host{all:initial;position:fixed;right:20px;bottom:20px;z-index:2147483000}',
    '.panel,.launcher{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2230;text-align:left;letter-spacing:normal}',
    '*{box-sizing:border-box}',
    '.launcher{width:56px;height:56px;border-radius:50%;border:0;background:var(--accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center;margin-left:auto}',
    '.launcher:focus-visible,.send:focus-visible,.choices button:focus-visible{outline:3px solid #9db7ff;outline-offset:2px}',
    '.panel{display:none;flex-direction:column;width:min(360px,calc(100vw - 40px));height:min(520px,calc(100vh - 110px));background:#fff;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden;margin-bottom:12px}',
    ':host(.open) .panel{display:flex}',
    'header{background:var(--accent);color:#fff;padding:12px 14px;display:flex;align-items:center;gap:8px}',
    'header h2{font-size:15px;margin:0;flex:1;font-weight:600}',
    'header button[hidden]{display:none}',
    'header button{background:transparent;border:0;color:#fff;cursor:pointer;font-size:13px;opacity:.9;padding:4px}',
    '.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:8px;background:#f5f7fb}',
    '.msg{max-width:85%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}',
    '.bot{background:#fff;border:1px solid #e1e5ee;align-self:flex-start;border-bottom-left-radius:4px}',
    '.user{background:var(--accent);color:#fff;align-self:flex-end;border-bottom-right-radius:4px}',
    '.system{align-self:center;color:#5b6478;font-size:12px;text-align:center;max-width:95%}',
    '.system.error{color:#b3261e}',
    '.typing{align-self:flex-start;background:#fff;border:1px solid #e1e5ee;border-radius:14px;padding:10px 12px;display:none}',
    '.typing.on{display:block}',
    '.typing span{display:inline-block;width:6px;height:6px;margin:0 2px;border-radius:50%;background:#8a93a8;animation:blink 1.2s infinite}',
    '.typing span:nth-child(2){animation-delay:.2s}.typing span:nth-child(3){animation-delay:.4s}',
    '@keyframes blink{0%,80%,100%{opacity:.3}40%{opacity:1}}',
    '.choices{display:flex;flex-wrap:wrap;gap:6px;padding:0 14px 10px;background:#f5f7fb}',
    '.choices:empty{display:none}',
    '.choices button{border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:16px;padding:6px 12px;cursor:pointer;font:inherit}',
    '.choices button:hover{background:var(--accent);color:#fff}',
    'form{display:flex;gap:8px;padding:10px;border-top:1px solid #e1e5ee;background:#fff}',
    'input{flex:1;border:1px solid #c9cfdc;border-radius:18px;padding:8px 12px;font:inherit;color:inherit;min-width:0}',
    'input:focus{outline:none;border-color:var(--accent)}',
    '.send{border:0;background:var(--accent);color:#fff;border-radius:18px;padding:0 14px;cursor:pointer;font:inherit}',
    '.send:disabled,input:disabled{opacity:.5;cursor:default}',
    '.icon-down,:host(.open) .icon-chat{display:none}:host(.open) .icon-down{display:block}',
    '.restart{align-self:center;border:1px solid var(--accent);background:#fff;color:var(--accent);border-radius:16px;padding:6px 14px;cursor:pointer;font:inherit}',
  ].join('\n');

  var host = document.createElement('div');
  host.setAttribute('data-callflow-chat', channel);
  host.style.setProperty('--accent', accent);
  var root = host.attachShadow({ mode: 'open' });
  root.innerHTML =
    '<style>' + css + '</style>' +
    '<section class="panel" role="dialog" aria-label="' + escapeHtml(title) + '">' +
    '<header><h2>' + escapeHtml(title) + '</h2><button type="button" class="end" title="End this chat">End chat</button>' +
    '<button type="button" class="close" aria-label="Minimise chat">&#x2715;</button></header>' +
    '<div class="log" role="log" aria-live="polite"><div class="typing" aria-label="typing"><span></span><span></span><span></span></div></div>' +
    '<div class="choices"></div>' +
    '<form><input type="text" maxlength="4000" autocomplete="off" aria-label="Your message" placeholder="Type a message…">' +
    '<button class="send" type="submit">Send</button></form>' +
    '</section>' +
    '<button type="button" class="launcher" aria-label="Open chat" aria-expanded="false">' +
    '<svg class="icon-chat" width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/></svg>' +
    '<svg class="icon-down" width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M6 9l6 6 6-6"/></svg>' +
    '</button>';
  var $ = function (selector) { return root.querySelector(selector); };
  var log = $('.log'), typing = $('.typing'), choices = $('.choices'), form = $('form'), input = $('input'), send = $('.send');

  // What the conversation waits for decides whether the visitor can type: only the scenario's
  // own question opens the input, so an answer never lands on a question not yet shown.
  var socket = null, ended = false, handedOff = false, retries = 0, started = false;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  function add(kind, text) {
    var node = document.createElement('div');
    node.className = 'msg ' + kind;
    node.textContent = text;
    log.insertBefore(node, typing);
    log.scrollTop = log.scrollHeight;
    return node;
  }
  function clearLog() {
    while (log.firstChild !== typing) log.removeChild(log.firstChild);
  }
  function setTyping(on) {
    typing.classList.toggle('on', on);
    if (on) log.scrollTop = log.scrollHeight;
  }
  function enable(on) {
    input.disabled = !on;
    send.disabled = !on;
  }
  function showChoices(list) {
    choices.textContent = '';
    list.forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.addEventListener('click', function () {
        add('user', choice.label);
        choices.textContent = '';
        enable(false);
        transmit({ type: 'choice', value: choice.value });
      });
      choices.appendChild(button);
    });
  }
  function transmit(frame) {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(frame));
  }
  function utm() {
    var found = {}, any = false;
    new URLSearchParams(location.search).forEach(function (value, name) {
      if (name.indexOf('utm_') === 0) { found[name.slice(4)] = value.slice(0, 500); any = true; }
    });
    return any ? found : undefined;
  }

  function connect() {
    var session = store.get('session');
    var url = origin.replace(/^http/, 'ws') + '/chat/ws?channel=' + encodeURIComponent(channel) + (session ? '&session=' + encodeURIComponent(session) : '');
    socket = new WebSocket(url);
    socket.onopen = function () {
      retries = 0;
      transmit({ type: 'start', locale: locale, utm: utm() });
    };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type !== 'typing') setTyping(false);
      switch (frame.type) {
        case 'session':
          store.set('session', frame.sessionId);
          if (!frame.resumed) clearLog();
          ended = false;
          handedOff = false;
          break;
        case 'history':
          clearLog();
          frame.entries.forEach(function (entry) { add(entry.from, entry.text); });
          break;
        case 'message': add('bot', frame.text); break;
        case 'choices': showChoices(frame.choices); break;
        case 'typing': setTyping(true); break;
        case 'input':
          handedOff = false;
          enable(true);
          // Back to the input the visitor just used, never away from the host page.
          if (document.activeElement === host || document.activeElement === document.body) input.focus();
          input.placeholder = placeholders[frame.expect] || 'Type a message…';
          break;
        case 'handoff':
          handedOff = true;
          add('system', frame.text);
          choices.textContent = '';
          enable(false);
          input.placeholder = 'Waiting for a colleague…';
          break;
        case 'ended': finish(); break;
        case 'error':
          add('system error', frame.message);
          if (!ended && !handedOff) enable(true);
          break;
      }
    };
    socket.onclose = function (event) {
      socket = null;
      setTyping(false);
      // 1000 = we or the server ended the conversation on purpose; anything else is worth a retry.
      if (ended || event.code === 1000 || event.code === 1009) return;
      retries += 1;
      setTimeout(connect, Math.min(15000, 1000 * Math.pow(2, retries - 1)));
    };
  }

  function finish() {
    ended = true;
    store.set('session', null);
    choices.textContent = '';
    enable(false);
    add('system', 'This chat has ended.');
    var again = document.createElement('button');
    again.type = 'button';
    again.className = 'restart';
    again.textContent = 'Start a new chat';
    again.addEventListener('click', function () {
      again.remove();
      ended = false;
      $('.end').hidden = false;
      if (socket) transmit({ type: 'start', locale: locale, utm: utm() });
      else connect();
    });
    log.insertBefore(again, typing);
    log.scrollTop = log.scrollHeight;
    input.placeholder = '';
    $('.end').hidden = true;
  }

  function open(on) {
    host.classList.toggle('open', on);
    $('.launcher').setAttribute('aria-expanded', String(on));
    $('.launcher').setAttribute('aria-label', on ? 'Minimise chat' : 'Open chat');
    store.set('open', on ? '1' : null);
    if (on && !started) {
      started = true;
      enable(false);
      connect();
    }
    if (on) input.focus();
  }

  $('.launcher').addEventListener('click', function () { open(!host.classList.contains('open')); });
  $('.close').addEventListener('click', function () { open(false); });
  $('.end').addEventListener('click', function () { if (!ended) transmit({ type: 'end' }); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text || input.disabled) return;
    add('user', text);
    choices.textContent = '';
    input.value = '';
    enable(false);
    transmit({ type: 'text', text: text });
  });

  function mount() {
    document.body.appendChild(host);
    if (script.getAttribute('data-open') === 'true' || store.get('open')) open(true);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
