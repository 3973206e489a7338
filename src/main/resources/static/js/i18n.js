// Every text the explorer shows comes from the messages bundle (GET /api/messages?lang=sv|en).

import { getJson } from './api.js';

let texts = {};
let language = 'sv';

export function currentLanguage() {
  return language;
}

/** The chosen language: ?lang=, then the lang cookie, then Swedish. */
export function preferredLanguage() {
  const param = new URLSearchParams(window.location.search).get('lang');
  const cookie = (document.cookie.match(/(?:^|;\s*)lang=([^;]+)/) || [])[1];
  const lang = param || cookie || 'sv';
  return lang === 'en' ? 'en' : 'sv';
}

export async function loadTexts(lang) {
  texts = await getJson(`/api/messages?lang=${encodeURIComponent(lang)}`);
  language = lang;
  document.cookie = `lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = lang;
}

/** The text of `key` with {0}, {1}... replaced; the key itself when the bundle lacks it. */
export function t(key, ...args) {
  const text = texts[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\d+)}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** t(key), or `fallback` when the bundle has no such key (for values that come from the model). */
export function tOr(key, fallback) {
  return texts[key] === undefined ? fallback : texts[key];
}

/** Fills every element marked data-t (text), data-t-aria (aria-label) or data-t-placeholder. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-aria]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.tAria)));
  root.querySelectorAll('[data-t-placeholder]').forEach((el) => el.setAttribute('placeholder', t(el.dataset.tPlaceholder)));
  document.title = t('explorer.title');
}
