import { LANGUAGES, type Lang } from '../i18n';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A plain HTML page with the same content in Danish, then English (the Teams app links to it). */
export function htmlPage(content: (lang: Lang) => { title: string; paragraphs: string[] }): string {
  const sections = LANGUAGES.map((lang) => {
    const { title, paragraphs } = content(lang);
    return `<section lang="${lang}"><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</section>`;
  });
  const title = escape(content('da').title);
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:2em auto;line-height:1.5">${sections.join('<hr>')}</body></html>`;
}
