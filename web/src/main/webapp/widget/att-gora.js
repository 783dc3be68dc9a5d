/*
 * <uppfoljning-att-gora>: the signed-in person's to-do in Uppföljning, for a partner's intranet page.
 *
 *   <script src="https://APP/uppfoljning/widget/att-gora.js" defer></script>
 *   <uppfoljning-att-gora realm-url="https://KEYCLOAK/realms/uppfoljning"></uppfoljning-att-gora>
 *
 * Attributes: realm-url (required: the Keycloak realm), client-id (default uppfoljning-intranat),
 * app-url (default: where this script came from), heading-level (2-5, default 2).
 * Sign-in is OpenID Connect's authorisation code flow with PKCE by oidc-client-ts (vendored in lib/,
 * see docs/decisions/0030-widget-oidc-pkce.md): a top-level redirect to Keycloak and back to this
 * page, never a hidden frame, so it works with third-party cookies blocked. Tokens stay in this
 * tab's sessionStorage. Styling: the CSS custom properties --uppfoljning-* (docs/intranat.md).
 * Language: Swedish, or English when the nearest lang attribute (usually <html lang>) is English.
 */
(() => {
  'use strict';

  const SCRIPT = document.currentScript ? new URL(document.currentScript.src, document.baseURI) : null;
  const LIB = SCRIPT ? new URL('lib/oidc-client-ts-3.5.0.min.js', SCRIPT).href : null;
  const APP = SCRIPT ? SCRIPT.href.replace(/\/widget\/att-gora\.js(?:[?#].*)?$/, '') : '';
  const STORE_PREFIX = 'uppfoljning.';

  const TEXTS = {
    sv: {
      heading: 'Att göra i Uppföljning',
      signInText: 'Logga in för att se vad som väntar på dig i Uppföljning.',
      signIn: 'Logga in',
      loading: 'Hämtar det som väntar på dig …',
      error: 'Uppföljning gick inte att nå härifrån just nu.',
      retry: 'Försök igen',
      nothing: 'Inget väntar på dig just nu.',
      open: 'Öppna Uppföljning',
      quarter: 'kvartal',
      deadline: 'frist',
      late: 'Försenad',
      kinds: {
        RAPPORT_ATT_LAMNA: 'Rapporter att lämna',
        RAPPORT_RETURNERAD: 'Returnerade rapporter',
        RAPPORT_ATT_GRANSKA: 'Rapporter att granska',
        RAPPORT_SEN: 'Sena rapporter',
        REKVISITION_ATT_GRANSKA: 'Rekvisitioner att granska',
        REKVISITION_RETURNERAD: 'Returnerade rekvisitioner',
        AVVIKELSE_ATT_BESLUTA: 'Avvikelser att besluta'
      },
      status: {EJ_PABORJAD: 'Ej påbörjad', UTKAST: 'Utkast', INSKICKAD: 'Inskickad', RETURNERAD: 'Returnerad', GODKAND: 'Godkänd'}
    },
    en: {
      heading: 'To do in Uppföljning',
      signInText: 'Sign in to see what is waiting for you in Uppföljning.',
      signIn: 'Sign in',
      loading: 'Fetching what is waiting for you …',
      error: 'Uppföljning cannot be reached from here right now.',
      retry: 'Try again',
      nothing: 'Nothing is waiting for you right now.',
      open: 'Open Uppföljning',
      quarter: 'quarter',
      deadline: 'due',
      late: 'Late',
      kinds: {
        RAPPORT_ATT_LAMNA: 'Reports to submit',
        RAPPORT_RETURNERAD: 'Reports returned to you',
        RAPPORT_ATT_GRANSKA: 'Reports to review',
        RAPPORT_SEN: 'Late reports',
        REKVISITION_ATT_GRANSKA: 'Payment requests (rekvisitioner) to review',
        REKVISITION_RETURNERAD: 'Payment requests (rekvisitioner) returned to you',
        AVVIKELSE_ATT_BESLUTA: 'Deviations to decide'
      },
      status: {EJ_PABORJAD: 'Not started', UTKAST: 'Draft', INSKICKAD: 'Submitted', RETURNERAD: 'Returned', GODKAND: 'Approved'}
    }
  };

  const STYLE = `
    :host { display: block; font-family: var(--uppfoljning-typsnitt, inherit); color: var(--uppfoljning-textfarg, inherit);
            background: var(--uppfoljning-bakgrund, transparent); }
    section { border: 1px solid var(--uppfoljning-kantfarg, #8a8a8a); padding: var(--uppfoljning-avstand, 1rem); }
    h2, h3, h4, h5, h6 { margin: 0 0 .5em; line-height: 1.25; }
    .rubrik { font-size: var(--uppfoljning-rubrikstorlek, 1.25rem); }
    .slag { font-size: 1rem; margin-top: 1em; }
    ul { margin: 0; padding-left: 1.25em; }
    li { margin: .25em 0; }
    a { color: var(--uppfoljning-lankfarg, #0b4f8a); }
    a:focus-visible, button:focus-visible { outline: 3px solid var(--uppfoljning-fokusfarg, #1d70b8); outline-offset: 2px; }
    button { font: inherit; cursor: pointer; border: 0; border-radius: 4px; padding: .5em 1em;
             background: var(--uppfoljning-knappfarg, #0b4f8a); color: var(--uppfoljning-knapptext, #ffffff); }
    .sen { color: var(--uppfoljning-varningsfarg, #a4262c); font-weight: bold; }
    .oppna { margin: 1em 0 0; }
  `;

  let library;
  let callbackHandled;

  /**
   * oidc-client-ts's browser bundle declares a global "oidc" (a var: it cannot be deleted again). It is
   * loaded once, and a global of that name the host page had is put back.
   */
  function loadLibrary() {
    if (!library) {
      library = new Promise((resolve, reject) => {
        const earlier = Object.prototype.hasOwnProperty.call(window, 'oidc') ? window.oidc : undefined;
        const script = document.createElement('script');
        script.src = LIB;
        script.onload = () => {
          const loaded = window.oidc;
          if (earlier !== undefined) {
            window.oidc = earlier;
          }
          resolve(loaded);
        };
        script.onerror = () => reject(new Error('oidc-client-ts could not be loaded from ' + LIB));
        document.head.appendChild(script);
      });
    }
    return library;
  }

  function isCallback() {
    const p = new URLSearchParams(location.search);
    return p.has('state') && (p.has('code') || p.has('error'));
  }

  /** The address the person was on, without the parameters Keycloak added on the way back. */
  function withoutCallbackParameters() {
    const url = new URL(location.href);
    ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'].forEach(n => url.searchParams.delete(n));
    return url.href;
  }

  class UppfoljningAttGora extends HTMLElement {

    connectedCallback() {
      if (this.shadowRoot) {
        return;
      }
      this.attachShadow({mode: 'open'});
      this.texts = TEXTS[this.language()];
      this.show('loading');
      this.start().catch(() => this.show('error'));
    }

    language() {
      const holder = this.closest('[lang]');
      const lang = (holder ? holder.getAttribute('lang') : document.documentElement.lang) || 'sv';
      return lang.toLowerCase().startsWith('en') ? 'en' : 'sv';
    }

    appUrl() {
      return (this.getAttribute('app-url') || APP).replace(/\/$/, '');
    }

    async start() {
      const oidc = await loadLibrary();
      const realm = (this.getAttribute('realm-url') || '').replace(/\/$/, '');
      const store = new oidc.WebStorageStateStore({store: window.sessionStorage, prefix: STORE_PREFIX});
      const endpoints = realm + '/protocol/openid-connect';
      this.users = new oidc.UserManager({
        authority: realm,
        client_id: this.getAttribute('client-id') || 'uppfoljning-intranat',
        redirect_uri: location.origin + location.pathname,
        response_type: 'code',
        scope: 'openid organization',
        userStore: store,
        stateStore: store,
        // a hidden frame would need Keycloak's cookie, which a browser blocking third-party cookies withholds
        automaticSilentRenew: false,
        monitorSession: false,
        loadUserInfo: false,
        // Keycloak's endpoints are known from the realm's address: no cross-origin discovery request
        metadata: {
          issuer: realm,
          authorization_endpoint: endpoints + '/auth',
          token_endpoint: endpoints + '/token',
          end_session_endpoint: endpoints + '/logout',
          userinfo_endpoint: endpoints + '/userinfo',
          jwks_uri: endpoints + '/certs'
        }
      });
      if (isCallback()) {
        // several widgets on one page: the first reads Keycloak's answer, the others wait for it
        callbackHandled = callbackHandled || this.users.signinRedirectCallback()
            .then(user => history.replaceState(history.state, '', typeof user.state === 'string' ? user.state : withoutCallbackParameters()))
            .catch(() => history.replaceState(history.state, '', withoutCallbackParameters()));
        await callbackHandled;
      }
      await this.load();
    }

    async load() {
      let user = await this.users.getUser();
      if (user && user.expired && user.refresh_token) {
        // the refresh token is sent to Keycloak's token endpoint, no cookie involved
        user = await this.users.signinSilent().catch(() => null);
      }
      if (!user || user.expired) {
        this.show('signedOut');
        return;
      }
      this.show('loading');
      let answer;
      try {
        answer = await fetch(this.appUrl() + '/api/att-gora', {
          headers: {Authorization: 'Bearer ' + user.access_token, Accept: 'application/json'},
          credentials: 'omit',
          mode: 'cors'
        });
      } catch (refused) {
        // the network failed, or the application does not answer this origin (CORS)
        this.show('error');
        return;
      }
      if (answer.status === 401) {
        await this.users.removeUser();
        this.show('signedOut');
        return;
      }
      if (!answer.ok) {
        this.show('error');
        return;
      }
      this.show('list', await answer.json());
    }

    show(state, data) {
      const t = this.texts;
      const level = Math.min(5, Math.max(2, parseInt(this.getAttribute('heading-level') || '2', 10) || 2));
      const root = this.shadowRoot;
      root.replaceChildren();
      const style = document.createElement('style');
      style.textContent = STYLE;
      const section = el('section', {part: 'widget', 'aria-labelledby': 'rubrik', 'data-state': state});
      section.append(el('h' + level, {id: 'rubrik', class: 'rubrik'}, t.heading));
      if (state === 'loading') {
        section.append(el('p', {role: 'status'}, t.loading));
      } else if (state === 'signedOut') {
        const button = el('button', {type: 'button', id: 'logga-in'}, t.signIn);
        button.addEventListener('click', () => this.users.signinRedirect({state: location.href}));
        section.append(el('p', {}, t.signInText), button);
      } else if (state === 'error') {
        const button = el('button', {type: 'button', id: 'igen'}, t.retry);
        button.addEventListener('click', () => this.load().catch(() => this.show('error')));
        section.append(el('p', {role: 'alert', id: 'fel'}, t.error), button);
      } else if (state === 'list') {
        this.list(section, data.uppgifter || [], 'h' + (level + 1));
      }
      section.append(el('p', {class: 'oppna'}, el('a', {href: this.appUrl() + '/'}, t.open)));
      root.append(style, section);
    }

    list(section, tasks, subheading) {
      const t = this.texts;
      if (tasks.length === 0) {
        section.append(el('p', {id: 'inget'}, t.nothing));
        return;
      }
      for (const kind of Object.keys(t.kinds)) {
        const ofKind = tasks.filter(task => task.slag === kind);
        if (ofKind.length === 0) {
          continue;
        }
        const id = 'slag-' + kind.toLowerCase();
        const list = el('ul', {'aria-labelledby': id, 'data-slag': kind});
        ofKind.forEach(task => list.append(this.item(task)));
        section.append(el(subheading, {id, class: 'slag'}, t.kinds[kind]), list);
      }
    }

    item(task) {
      const t = this.texts;
      const name = task.kvartal ? `${task.insats}, ${task.ar} ${t.quarter} ${task.kvartal}`
          : task.ar ? `${task.insats}, ${task.ar}` : task.insats;
      const li = el('li', {}, el('a', {href: task.lank}, name));
      const details = [];
      if (task.status && t.status[task.status]) {
        details.push(t.status[task.status]);
      }
      if (task.frist) {
        details.push(t.deadline + ' ' + this.date(task.frist));
      }
      if (details.length > 0) {
        li.append(': ' + details.join(', '));
      }
      if (task.sen) {
        li.append(' ', el('span', {class: 'sen'}, t.late));
      }
      return li;
    }

    date(iso) {
      const locale = this.language() === 'en' ? 'en-GB' : 'sv-SE';
      return new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
          .format(new Date(iso + 'T00:00:00Z'));
    }
  }

  function el(name, attributes, ...children) {
    const e = document.createElement(name);
    Object.entries(attributes).forEach(([k, v]) => e.setAttribute(k, v));
    e.append(...children);
    return e;
  }

  if (!customElements.get('uppfoljning-att-gora')) {
    customElements.define('uppfoljning-att-gora', UppfoljningAttGora);
  }
})();
