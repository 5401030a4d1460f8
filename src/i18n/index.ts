/**
 * One `t()` over typed dictionaries. `createTranslator` is pure so it can be unit-tested;
 * `useTranslations(lang)` is what components call.
 */
import type { Lang } from './langs';
import { en } from './en';
import { ja, type Dictionary, type UIKey } from './ja';

export type { Dictionary, UIKey };

/** Every dictionary, by language. */
export const dictionaries: Record<Lang, Dictionary> = { ja, en };

/** Values substituted into `{name}` placeholders. */
export type Vars = Record<string, string | number>;

/**
 * Builds a `t(key, vars)` for one dictionary. A placeholder without a value throws, so a
 * missing variable fails the build instead of shipping "{title}" to readers.
 */
export function createTranslator(dict: Dictionary) {
  return function t(key: UIKey, vars: Vars = {}): string {
    return dict[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`t("${key}"): no value for {${name}}`);
      return String(value);
    });
  };
}

/** The translator for one edition. */
export const useTranslations = (lang: Lang) => createTranslator(dictionaries[lang]);
