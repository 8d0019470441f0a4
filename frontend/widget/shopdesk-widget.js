/*
 * ShopDesk chat widget: one <script> tag on a shop page gives customers a chat with the shop's bot.
 *
 *   <script src="https://<shopdesk>/widget/shopdesk-widget.js" data-channel-key="sdpk_..." data-locale="zh-CN" defer></script>
 *
 * Attributes: data-channel-key (required, the channel's publishable key), data-locale (en or zh-CN; default: the
 * browser's language), data-title (the panel's title), data-position (right or left), data-api (the chat API's
 * base URL; default: the ShopDesk server the script came from). The channel's colour and business hours come from
 * the chat API's widget endpoint (GET /widget) when the script loads and again when the panel opens.
 *
 * Plain JavaScript, no build step, no dependencies. Everything lives in a Shadow DOM, so the shop's styles and the
 * widget's never touch. Text from customers and the bot is always inserted as text; an answer's HTML (sanitized by
 * the server already) is rebuilt here once more from the same safe subset (paragraphs, line breaks, emphasis, lists,
 * quotes, code, small headings, http/https/mailto/tel links, http/https images) and anything else is reduced to its
 * text, so even a compromised answer cannot run script in the shop's page.
 */
(function () {
  'use strict';

  var script = document.currentScript || document.querySelector('script[data-channel-key]');
  if (!script || window.__shopdeskWidget) {
    return;
  }
  window.__shopdeskWidget = true;

  var TEXTS = {
    en: {
      launcher: 'Chat with us',
      title: 'Customer service',
      close: 'Close chat',
      placeholder: 'Type your question…',
      inputLabel: 'Your message',
      send: 'Send',
      person: 'Talk to a person',
      helpfulQuestion: 'Was this helpful?',
      helpful: 'Helpful',
      notHelpful: 'Not helpful',
      thanks: 'Thanks for your feedback!',
      didYouMean: 'Choose a question',
      waiting: 'A person has been asked to join.',
      agent: 'Agent',
      bot: 'Assistant',
      you: 'You',
      failed: 'Could not send. Check your connection and try again.',
      retry: 'Retry',
      unavailable: 'The chat is not available right now.',
      connecting: 'Connecting…',
      queue: 'You are number {n} in the queue.',
      rateQuestion: 'How did we do? Rate this conversation.',
      rateOption: '{n} of 5',
      rated: 'Thanks for rating us!',
      afterHours: 'We are outside our business hours: the assistant answers now, and people reply later.'
    },
    'zh-CN': {
      launcher: '在线客服',
      title: '在线客服',
      close: '关闭聊天',
      placeholder: '请输入您的问题…',
      inputLabel: '您的消息',
      send: '发送',
      person: '转人工客服',
      helpfulQuestion: '这个回答有帮助吗？',
      helpful: '有帮助',
      notHelpful: '没帮助',
      thanks: '感谢您的反馈！',
      didYouMean: '请选择问题',
      waiting: '已为您转接人工客服。',
      agent: '人工客服',
      bot: '智能客服',
      you: '我',
      failed: '发送失败，请检查网络后重试。',
      retry: '重试',
      unavailable: '在线客服暂时不可用。',
      connecting: '正在连接…',
      queue: '您正在排队，当前第 {n} 位。',
      rateQuestion: '请为本次服务评分。',
      rateOption: '{n} 分（满分 5 分）',
      rated: '感谢您的评分！',
      afterHours: '现在是非工作时间：智能客服可以即时回答，人工客服稍后回复您。'
    }
  };

  var key = script.getAttribute('data-channel-key') || '';
  var locale = pickLocale(script.getAttribute('data-locale') || navigator.language || 'en');
  var t = TEXTS[locale];
  var api = (script.getAttribute('data-api') || new URL(script.src, location.href).origin + '/api/chat/v1')
    .replace(/\/$/, '');
  var storageKey = 'shopdesk:' + key.slice(0, 18) + ':' + locale;

  var state = {
    conversation: null,
    cursor: 0,
    status: 'OPEN',
    rendered: {},
    stream: null,
    poller: null,
    starting: null
  };

  function pickLocale(tag) {
    return /^zh(?![-_](TW|HK|MO|Hant))/i.test(tag) ? 'zh-CN' : 'en';
  }

  // ---- DOM -------------------------------------------------------------------------------------------------

  var host = document.createElement('div');
  host.id = 'shopdesk-widget';
  var root = host.attachShadow({ mode: 'open' });
  var left = script.getAttribute('data-position') === 'left';

  root.innerHTML =
    '<style>' + css(left) + '</style>' +
    '<button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="panel">' +
    '<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm0 2v11.2L7.2 14H20V6H4zm3 3h10v2H7V9z"/></svg>' +
    '<span class="launcher-label"></span></button>' +
    '<section id="panel" class="panel" role="dialog" aria-modal="false" hidden>' +
    '<header><h2 class="title"></h2>' +
    '<button class="person" type="button"></button>' +
    '<button class="close" type="button"><span aria-hidden="true">×</span></button></header>' +
    '<div class="log" role="log" aria-live="polite" aria-relevant="additions" tabindex="0"></div>' +
    '<p class="error" role="alert" hidden></p>' +
    '<form class="composer"><textarea rows="1" maxlength="2000"></textarea>' +
    '<button class="send" type="submit"></button></form>' +
    '</section>';

  var launcher = root.querySelector('.launcher');
  var panel = root.querySelector('.panel');
  var log = root.querySelector('.log');
  var errorBox = root.querySelector('.error');
  var form = root.querySelector('.composer');
  var input = root.querySelector('textarea');
  var personButton = root.querySelector('.person');
  var closeButton = root.querySelector('.close');

  launcher.setAttribute('aria-label', t.launcher);
  root.querySelector('.launcher-label').textContent = t.launcher;
  root.querySelector('.title').textContent = script.getAttribute('data-title') || t.title;
  panel.setAttribute('aria-label', script.getAttribute('data-title') || t.title);
  personButton.textContent = t.person;
  closeButton.setAttribute('aria-label', t.close);
  closeButton.title = t.close;
  input.placeholder = t.placeholder;
  input.setAttribute('aria-label', t.inputLabel);
  root.querySelector('.send').textContent = t.send;
  log.setAttribute('aria-label', script.getAttribute('data-title') || t.title);

  function mount() {
    document.body.appendChild(host);
  }
  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
  loadAppearance();

  launcher.addEventListener('click', function () {
    panel.hidden ? open() : closePanel();
  });
  closeButton.addEventListener('click', closePanel);
  personButton.addEventListener('click', requestPerson);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closePanel();
    }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : submit(event);
    }
  });
  input.addEventListener('input', function () {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  });
  form.addEventListener('submit', submit);

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    input.focus();
    loadAppearance();
    ensureConversation();
  }

  // ---- The channel's look and business hours ---------------------------------------------------------------

  /** Applies the channel's colour and the business-hours notice; on any failure the widget keeps its defaults. */
  function loadAppearance() {
    return call('GET', '/widget')
      .then(function (appearance) {
        if (appearance && /^#[0-9a-f]{6}$/i.test(appearance.primaryColor || '')) {
          host.style.setProperty('--accent', appearance.primaryColor);
          host.style.setProperty('--accent-ink', inkOn(appearance.primaryColor));
        }
        showAfterHours(!!(appearance && appearance.outsideBusinessHours));
      })
      .catch(function () {
        // The chat itself reports problems when it starts.
      });
  }

  /** White or near-black text, whichever reads better on the colour (WCAG relative luminance). */
  function inkOn(color) {
    var channels = [1, 3, 5].map(function (at) {
      var c = parseInt(color.substr(at, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? '#fff' : '#1f2430';
  }

  function showAfterHours(outside) {
    var note = root.querySelector('.after-hours');
    if (!outside) {
      if (note) {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.className = 'notice after-hours';
      note.setAttribute('role', 'status');
      note.textContent = t.afterHours;
      panel.insertBefore(note, log);
    }
  }

  function closePanel() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  // ---- Conversation ----------------------------------------------------------------------------------------

  function ensureConversation() {
    if (state.conversation) {
      return Promise.resolve();
    }
    if (!state.starting) {
      var saved = readSaved();
      state.starting = (saved ? resume(saved) : Promise.reject())
        .catch(start)
        .then(function () {
          openStream();
        })
        .catch(function (problem) {
          showError(problem && problem.detail ? problem.detail : t.unavailable);
        })
        .finally(function () {
          state.starting = null;
        });
    }
    return state.starting;
  }

  function start() {
    return call('POST', '/conversations', { locale: locale }).then(function (conversation) {
      state.conversation = conversation.id;
      save();
      conversation.messages.forEach(render);
    });
  }

  function resume(id) {
    return call('GET', '/conversations/' + encodeURIComponent(id) + '/messages?after=0').then(function (page) {
      state.conversation = page.id;
      setStatus(page.state, page.queuePosition);
      page.messages.forEach(render);
    });
  }

  function readSaved() {
    try {
      return sessionStorage.getItem(storageKey);
    } catch (e) {
      return null;
    }
  }

  function save() {
    try {
      sessionStorage.setItem(storageKey, state.conversation);
    } catch (e) {
      // Private mode: the conversation simply does not survive a reload.
    }
  }

  function submit(event) {
    if (event) {
      event.preventDefault();
    }
    var text = input.value.trim();
    if (!text) {
      return;
    }
    input.value = '';
    input.style.height = 'auto';
    sendMessage({ text: text }, text);
  }

  function sendMessage(body, shownText, clientMessageId) {
    // A retry keeps the client message id: if an earlier try reached the server, its stored reply comes back.
    body.clientMessageId = clientMessageId || newId();
    var pending = bubble('customer pending', t.you);
    pending.content.textContent = shownText;
    log.appendChild(pending.element);
    scrollDown();
    hideError();
    ensureConversation()
      .then(function () {
        return withRetries(function () {
          return call('POST', '/conversations/' + state.conversation + '/messages', body);
        }, 3);
      })
      .then(function (exchange) {
        pending.element.remove();
        exchange.messages.forEach(render);
        setStatus(exchange.state, exchange.queuePosition);
      })
      .catch(function (problem) {
        pending.element.classList.add('failed');
        showError(problem && problem.detail ? problem.detail : t.failed, function () {
          pending.element.remove();
          sendMessage(body, shownText, body.clientMessageId);
        });
      });
  }

  function requestPerson() {
    ensureConversation()
      .then(function () {
        return call('POST', '/conversations/' + state.conversation + '/handoff');
      })
      .then(function (exchange) {
        exchange.messages.forEach(render);
        setStatus(exchange.state, exchange.queuePosition);
      })
      .catch(function (problem) {
        showError(problem && problem.detail ? problem.detail : t.failed);
      });
  }

  function vote(message, helpful, buttons, note) {
    call('POST', '/conversations/' + state.conversation + '/messages/' + message.seq + '/vote', { helpful: helpful })
      .then(function () {
        buttons.forEach(function (button) {
          button.setAttribute('aria-pressed', String(button.dataset.helpful === String(helpful)));
        });
        note.textContent = t.thanks;
      })
      .catch(function (problem) {
        showError(problem && problem.detail ? problem.detail : t.failed);
      });
  }

  // ---- Live updates ----------------------------------------------------------------------------------------

  function openStream() {
    if (!window.EventSource) {
      startPolling();
      return;
    }
    closeStream();
    var url = api + '/conversations/' + encodeURIComponent(state.conversation) + '/stream?key=' +
      encodeURIComponent(key) + '&after=' + state.cursor;
    var source = new EventSource(url);
    state.stream = source;
    source.addEventListener('message', function (event) {
      render(JSON.parse(event.data));
    });
    source.addEventListener('state', function (event) {
      setStatus(JSON.parse(event.data).state);
    });
    source.addEventListener('error', function () {
      // EventSource reconnects by itself; when it gives up (the server refused it), poll instead.
      if (source.readyState === EventSource.CLOSED) {
        state.stream = null;
        startPolling();
      }
    });
  }

  function closeStream() {
    if (state.stream) {
      state.stream.close();
      state.stream = null;
    }
  }

  function startPolling() {
    if (state.poller) {
      return;
    }
    state.poller = setInterval(function () {
      if (!state.conversation) {
        return;
      }
      call('GET', '/conversations/' + state.conversation + '/messages?after=' + state.cursor)
        .then(function (page) {
          setStatus(page.state, page.queuePosition);
          page.messages.forEach(render);
        })
        .catch(function () {
          // Try again at the next tick.
        });
    }, 4000);
  }

  // ---- Rendering -------------------------------------------------------------------------------------------

  function render(message) {
    if (state.rendered[message.seq]) {
      return;
    }
    state.rendered[message.seq] = true;
    state.cursor = Math.max(state.cursor, message.seq);
    var element;
    if (message.author === 'SYSTEM') {
      element = document.createElement('p');
      element.className = 'notice';
      element.textContent = message.text;
    } else {
      var kind = message.author === 'CUSTOMER' ? 'customer' : message.author === 'AGENT' ? 'agent' : 'bot';
      var who = kind === 'customer' ? t.you : kind === 'agent' ? t.agent : t.bot;
      var view = bubble(kind + ' ' + message.kind.toLowerCase(), who);
      if (message.html) {
        view.content.appendChild(safeHtml(message.html));
      } else {
        view.content.appendChild(linkified(message.text));
      }
      if (message.suggestions && message.suggestions.length) {
        view.element.appendChild(suggestions(message));
      }
      if (message.offerHandoff) {
        var offer = document.createElement('button');
        offer.type = 'button';
        offer.className = 'chip person-offer';
        offer.textContent = t.person;
        offer.addEventListener('click', requestPerson);
        view.element.appendChild(offer);
      }
      if (message.votable) {
        view.element.appendChild(votes(message));
      }
      element = view.element;
    }
    element.dataset.seq = message.seq;
    insertInOrder(element, message.seq);
    scrollDown();
  }

  function bubble(kind, who) {
    var element = document.createElement('div');
    element.className = 'message ' + kind;
    var label = document.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = who + ': ';
    var content = document.createElement('div');
    content.className = 'content';
    element.appendChild(label);
    element.appendChild(content);
    return { element: element, content: content };
  }

  function insertInOrder(element, seq) {
    var after = null;
    log.querySelectorAll('[data-seq]').forEach(function (existing) {
      if (Number(existing.dataset.seq) > seq && !after) {
        after = existing;
      }
    });
    log.insertBefore(element, after || log.querySelector('.pending'));
  }

  function suggestions(message) {
    var group = document.createElement('div');
    group.className = 'suggestions';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', t.didYouMean);
    message.suggestions.forEach(function (suggestion) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip suggestion';
      button.textContent = suggestion.question;
      button.addEventListener('click', function () {
        group.querySelectorAll('button').forEach(function (b) {
          b.disabled = true;
        });
        sendMessage({ choice: { seq: message.seq, faqEntryId: suggestion.faqEntryId } }, suggestion.question);
      });
      group.appendChild(button);
    });
    return group;
  }

  var THUMB_ICON =
    '<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path fill="currentColor" d="M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z"/></svg>';

  function votes(message) {
    var row = document.createElement('div');
    row.className = 'votes';
    row.setAttribute('role', 'group');
    row.setAttribute('aria-label', t.helpfulQuestion);
    var note = document.createElement('span');
    note.className = 'vote-note';
    note.textContent = t.helpfulQuestion;
    row.appendChild(note);
    var buttons = [true, false].map(function (helpful) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'vote ' + (helpful ? 'up' : 'down');
      button.dataset.helpful = String(helpful);
      button.setAttribute('aria-pressed', String(message.vote === (helpful ? 'HELPFUL' : 'NOT_HELPFUL')));
      button.setAttribute('aria-label', helpful ? t.helpful : t.notHelpful);
      button.title = helpful ? t.helpful : t.notHelpful;
      // An icon, not an emoji: shop pages render on machines without an emoji font.
      button.innerHTML = THUMB_ICON;
      return button;
    });
    buttons.forEach(function (button) {
      button.addEventListener('click', function () {
        vote(message, button.dataset.helpful === 'true', buttons, note);
      });
      row.appendChild(button);
    });
    return row;
  }

  function setStatus(status, queuePosition) {
    var before = state.status;
    state.status = status || state.status;
    personButton.disabled = state.status !== 'OPEN';
    personButton.title = state.status === 'WAITING_FOR_AGENT' ? t.waiting : '';
    showQueue(state.status === 'WAITING_FOR_AGENT' ? queuePosition : 0);
    if (state.status === 'CLOSED' && before && before !== 'CLOSED') {
      offerRating();
    }
  }

  function showQueue(position) {
    var note = log.querySelector('.queue');
    if (!position) {
      if (note && state.status !== 'WAITING_FOR_AGENT') {
        note.remove();
      }
      return;
    }
    if (!note) {
      note = document.createElement('p');
      note.className = 'notice queue';
      note.setAttribute('role', 'status');
    }
    note.textContent = t.queue.replace('{n}', position);
    log.appendChild(note);
    scrollDown();
  }

  function offerRating() {
    if (log.querySelector('.rating')) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'rating';
    var question = document.createElement('p');
    question.textContent = t.rateQuestion;
    box.appendChild(question);
    var row = document.createElement('div');
    row.className = 'stars';
    [1, 2, 3, 4, 5].forEach(function (score) {
      var star = document.createElement('button');
      star.type = 'button';
      star.className = 'star';
      star.textContent = '\u2605';
      star.setAttribute('aria-label', t.rateOption.replace('{n}', score));
      star.title = t.rateOption.replace('{n}', score);
      star.dataset.score = score;
      star.addEventListener('click', function () {
        call('POST', '/conversations/' + state.conversation + '/rating', { score: score })
          .then(function () {
            row.remove();
            question.textContent = t.rated;
          })
          .catch(function (problem) {
            showError(problem && problem.detail ? problem.detail : t.failed);
          });
      });
      row.appendChild(star);
    });
    box.appendChild(row);
    log.appendChild(box);
    scrollDown();
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  function showError(text, retry) {
    errorBox.textContent = text;
    if (retry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.textContent = t.retry;
      button.addEventListener('click', function () {
        hideError();
        retry();
      });
      errorBox.appendChild(document.createTextNode(' '));
      errorBox.appendChild(button);
    }
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorBox.textContent = '';
  }

  // ---- Safe content ----------------------------------------------------------------------------------------

  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'）】，。]+[^\s<>"'）】，。.,;:!?]/g;

  /** Plain text with its line breaks, and its http(s) URLs as links. */
  function linkified(text) {
    var fragment = document.createDocumentFragment();
    String(text).split('\n').forEach(function (line, index) {
      if (index > 0) {
        fragment.appendChild(document.createElement('br'));
      }
      var last = 0;
      line.replace(URL_PATTERN, function (url, offset) {
        fragment.appendChild(document.createTextNode(line.slice(last, offset)));
        fragment.appendChild(link(url));
        last = offset + url.length;
        return url;
      });
      fragment.appendChild(document.createTextNode(line.slice(last)));
    });
    return fragment;
  }

  var ALLOWED = {
    P: 1, BR: 1, B: 1, STRONG: 1, I: 1, EM: 1, U: 1, S: 1, UL: 1, OL: 1, LI: 1, BLOCKQUOTE: 1, CODE: 1, PRE: 1,
    H3: 1, H4: 1, A: 1, IMG: 1, SPAN: 1, DIV: 1
  };

  /** An answer's HTML rebuilt from the safe subset; every other element is reduced to its text. */
  function safeHtml(html) {
    var parsed = new DOMParser().parseFromString(String(html), 'text/html');
    var fragment = document.createDocumentFragment();
    copy(parsed.body, fragment);
    return fragment;
  }

  function copy(from, to) {
    from.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        var tag = node.tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') {
          return;
        }
        if (!ALLOWED[tag]) {
          copy(node, to);
          return;
        }
        var element;
        if (tag === 'A') {
          var href = (node.getAttribute('href') || '').trim();
          if (!/^(https?:|mailto:|tel:)/i.test(href)) {
            copy(node, to);
            return;
          }
          element = link(href, true);
          if (node.getAttribute('title')) {
            element.title = node.getAttribute('title');
          }
        } else if (tag === 'IMG') {
          var src = (node.getAttribute('src') || '').trim();
          if (/^https?:/i.test(src)) {
            var image = document.createElement('img');
            image.src = src;
            image.alt = node.getAttribute('alt') || '';
            image.loading = 'lazy';
            image.referrerPolicy = 'no-referrer';
            to.appendChild(image);
          }
          return;
        } else {
          element = document.createElement(tag.toLowerCase());
        }
        copy(node, element);
        to.appendChild(element);
      }
    });
  }

  function link(href, empty) {
    var a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer nofollow';
    if (!empty) {
      a.textContent = href;
    }
    return a;
  }

  // ---- HTTP ------------------------------------------------------------------------------------------------

  function call(method, path, body) {
    var headers = { 'X-ShopDesk-Channel-Key': key, 'Accept-Language': locale, Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(api + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      mode: 'cors'
    }).then(function (response) {
      return response.text().then(function (text) {
        var json = null;
        try {
          json = text ? JSON.parse(text) : null;
        } catch (e) {
          json = null;
        }
        if (!response.ok) {
          var problem = json || {};
          problem.status = response.status;
          problem.retryAfter = Number(response.headers.get('Retry-After')) || 0;
          throw problem;
        }
        return json;
      });
    });
  }

  /** Retries network failures, 429 and 5xx with the same request (sending is idempotent per client message id). */
  function withRetries(attempt, times) {
    return attempt().catch(function (problem) {
      var retriable = !problem || !problem.status || problem.status === 429 || problem.status >= 500;
      if (times <= 1 || !retriable) {
        throw problem;
      }
      var wait = problem && problem.retryAfter ? problem.retryAfter * 1000 : 800;
      return new Promise(function (resolve) {
        setTimeout(resolve, wait);
      }).then(function () {
        return withRetries(attempt, times - 1);
      });
    });
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return 'm' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
  }

  // ---- Styles ----------------------------------------------------------------------------------------------

  function css(onLeft) {
    var side = onLeft ? 'left' : 'right';
    return [
      ':host{all:initial;position:fixed;z-index:2147483000;bottom:20px;' + side + ':20px;',
      'font:14px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;',
      'color:#1f2430;--accent:#2457d6;--accent-ink:#fff;--bot:#f1f3f7;--line:#dde1ea}',
      '*{box-sizing:border-box}',
      'button{font:inherit;cursor:pointer}',
      'button:focus-visible,textarea:focus-visible,.log:focus-visible,a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}',
      '.launcher{display:flex;align-items:center;gap:8px;border:0;border-radius:28px;padding:12px 18px;',
      'background:var(--accent);color:var(--accent-ink);box-shadow:0 6px 20px rgba(20,30,60,.25);margin-left:auto}',
      '.launcher-label{font-weight:600}',
      '.panel{position:absolute;bottom:64px;' + side + ':0;width:min(380px,calc(100vw - 40px));',
      'height:min(560px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;',
      'border:1px solid var(--line);border-radius:14px;box-shadow:0 12px 40px rgba(20,30,60,.25);overflow:hidden}',
      '.panel[hidden]{display:none}',
      'header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--accent);color:var(--accent-ink)}',
      '.title{font-size:16px;margin:0;flex:1;font-weight:600}',
      '.person{border:1px solid rgba(255,255,255,.7);background:transparent;color:inherit;border-radius:16px;padding:4px 10px;font-size:13px}',
      '.person:disabled{opacity:.6;cursor:default}',
      '.rating{margin:8px 0;text-align:center;font-size:13px}',
      '.stars{display:flex;justify-content:center;gap:4px}',
      '.star{border:none;background:transparent;font-size:22px;cursor:pointer;color:#f5a623;padding:2px}',
      '.close{border:0;background:transparent;color:inherit;font-size:22px;line-height:1;padding:0 4px}',
      '.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px;background:#fafbfd}',
      '.message{max-width:85%;display:flex;flex-direction:column;gap:6px}',
      '.message .content{padding:9px 12px;border-radius:12px;white-space:normal;overflow-wrap:anywhere}',
      '.bot,.agent{align-self:flex-start}',
      '.bot .content,.agent .content{background:var(--bot);border-top-left-radius:4px}',
      '.agent .content{background:#e8f4ea}',
      '.customer{align-self:flex-end}',
      '.customer .content{background:var(--accent);color:var(--accent-ink);border-top-right-radius:4px;white-space:pre-wrap}',
      '.pending{opacity:.6}',
      '.failed .content{background:#b3261e}',
      '.content p{margin:0 0 6px}.content p:last-child{margin:0}',
      '.content ul,.content ol{margin:4px 0;padding-left:20px}',
      '.content a{color:inherit;text-decoration:underline}',
      '.content img{max-width:100%;height:auto;border-radius:6px}',
      '.content h3,.content h4{margin:4px 0;font-size:14px}',
      '.content blockquote{margin:4px 0;padding-left:8px;border-left:3px solid var(--line)}',
      '.content pre{white-space:pre-wrap;margin:4px 0}',
      '.notice{align-self:center;margin:0;font-size:12px;color:#4b5365;background:#eef1f6;border-radius:10px;padding:6px 10px;text-align:center}',
      '.after-hours{margin:8px 14px 0;flex:none}',
      '.suggestions{display:flex;flex-direction:column;gap:6px}',
      '.chip{border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:16px;padding:5px 12px;text-align:left}',
      '.chip:disabled{opacity:.5;cursor:default}',
      '.votes{display:flex;align-items:center;gap:6px;font-size:12px;color:#4b5365}',
      '.vote{border:1px solid var(--line);background:#fff;border-radius:14px;padding:2px 8px;color:#4b5365;line-height:0}',
      '.vote.down svg{transform:rotate(180deg)}',
      '.vote[aria-pressed="true"]{border-color:var(--accent);background:#e7eefc}',
      '.error{margin:0;padding:8px 14px;background:#fdecea;color:#8c1d18;font-size:13px}',
      '.error[hidden]{display:none}',
      '.composer{display:flex;gap:8px;padding:10px;border-top:1px solid var(--line);background:#fff}',
      'textarea{flex:1;resize:none;border:1px solid var(--line);border-radius:10px;padding:8px 10px;font:inherit;max-height:120px}',
      '.send{border:0;border-radius:10px;padding:0 14px;background:var(--accent);color:var(--accent-ink);font-weight:600}',
      '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
      '@media (prefers-reduced-motion:no-preference){.panel{animation:pop .16s ease-out}@keyframes pop{from{transform:translateY(8px);opacity:0}}}'
    ].join('');
  }
})();
