/** The pane's translations: English and Welsh, bundled, switched without a reload. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { cy } from './cy';
import type { PaneLanguage } from '../../core/settings';

export function createPaneI18n(language: PaneLanguage = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, cy: { translation: cy } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
