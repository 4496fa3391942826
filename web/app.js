/*
 * Mødebot's try-it page: Bot Framework Web Chat, full page.
 *
 * Local mode (npm start): the bot's own Direct Line at /v3/directline, polled; the user id is made here, once per
 * browser tab, and kept in sessionStorage, so a reload is a new conversation of the same person.
 * Azure (WEBCHAT_ENABLED=true): a token from /api/directline/token for the Azure Bot's Direct Line channel; the
 * server chooses the user id and it travels inside the token (enhanced authentication), so it is not chosen here.
 * A link with ?event=<event id> opens the conversation on that meeting: the id goes with the join event and with
 * every message (Direct Line carries nothing else from the page); the bot ignores an id it does not serve.
 */
(function () {
  'use strict';

  var LOCALES = { da: 'da-DK', en: 'en-US' };
  var LANGUAGE_KEY = 'moedebot.language';
  var USER_KEY = 'moedebot.userId';
  var EVENT_ID = (function () {
    var id = new URLSearchParams(window.location.search).get('event');
    return id && /^[a-z0-9][a-z0-9-]{0,99}$/.test(id) ? id : null;
  })();
  var element = document.getElementById('webchat');
  var select = document.getElementById('language');
  var status = document.getElementById('status');

  function stored(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (error) {
      return null;
    }
  }

  function store(key, value) {
    try {
      window.sessionStorage.setItem(key, value);
    } catch (error) {
      /* private mode: the value lives as long as the page */
    }
  }

  function language() {
    var chosen = stored(LANGUAGE_KEY);
    return chosen === 'en' ? 'en' : 'da';
  }

  function localUserId() {
    var id = stored(USER_KEY);
    if (!id) {
      id = 'u-' + window.crypto.randomUUID();
      store(USER_KEY, id);
    }
    return id;
  }

  function fail(text) {
    status.textContent = text;
    status.hidden = false;
  }

  function postJson(url, body) {
    return window
      .fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      .then(function (response) {
        if (!response.ok) throw new Error(url + ' answered ' + response.status);
        return response.json();
      });
  }

  /** Resolves with what renderWebChat needs to reach the bot. */
  function connect(config, lang) {
    var start = { locale: LOCALES[lang] };
    if (config.directLine === 'local') {
      var userID = localUserId();
      var generate = EVENT_ID ? { user: { id: userID }, eventId: EVENT_ID } : { user: { id: userID } };
      return postJson('/v3/directline/tokens/generate', generate).then(function (answer) {
        return {
          userID: userID,
          directLine: window.WebChat.createDirectLine({
            domain: window.location.origin + '/v3/directline',
            token: answer.token,
            webSocket: false,
            pollingInterval: 500,
            conversationStartProperties: start,
          }),
        };
      });
    }
    return postJson('/api/directline/token', {}).then(function (answer) {
      return {
        directLine: window.WebChat.createDirectLine({ domain: config.domain, token: answer.token, conversationStartProperties: start }),
      };
    });
  }

  /** Web Chat's store, kept across language switches; with an event id it names the meeting to the bot. */
  function chatStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (EVENT_ID && action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { eventId: EVENT_ID } } });
          }
          if (EVENT_ID && action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var activity = action.payload.activity;
            var channelData = Object.assign({}, activity.channelData, { eventId: EVENT_ID });
            action = Object.assign({}, action, {
              payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) }),
            });
          }
          return next(action);
        };
      };
    });
  }

  function render(connection, lang) {
    document.documentElement.lang = lang;
    window.WebChat.renderWebChat(
      {
        directLine: connection.directLine,
        store: connection.store,
        userID: connection.userID,
        locale: LOCALES[lang],
        styleOptions: { hideUploadButton: true, botAvatarInitials: 'MB' },
      },
      element,
    );
  }

  function main() {
    if (!window.WebChat) return fail('Web Chat could not be loaded. / Web Chat kunne ikke indlæses.');
    var lang = language();
    select.value = lang;
    window
      .fetch('/webchat/config.json')
      .then(function (response) {
        return response.json();
      })
      .then(function (config) {
        return connect(config, lang);
      })
      .then(function (connection) {
        connection.store = chatStore();
        render(connection, lang);
        // Switching language re-renders Web Chat on the same conversation; the bot answers in the language written.
        select.addEventListener('change', function () {
          lang = select.value === 'en' ? 'en' : 'da';
          store(LANGUAGE_KEY, lang);
          render(connection, lang);
        });
        element.querySelector('input, textarea') && element.querySelector('input, textarea').focus();
      })
      .catch(function () {
        fail('Mødebot could not be reached. Is it running? / Mødebot kunne ikke nås. Kører den?');
      });
  }

  main();
})();
