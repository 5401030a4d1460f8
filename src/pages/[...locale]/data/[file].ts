/** The comparison and societal-impact tables of an edition as CSV and JSON downloads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../../i18n/langs';
import { loadTables } from '../../../collections/queries/tables';
import { langFromParam, localeParam } from '../../../site/routes';
import {
  FORMATS,
  TABLES,
  tableCsv,
  tableJson,
  type TableFormat,
  type TableName,
} from '../../../content/views/tables';
import { siteConfig } from '../../../site/config';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    TABLES.flatMap((table) =>
      FORMATS.map((format) => ({
        params: { locale: localeParam(lang), file: `${table}.${format}` },
        props: { table, format },
      })),
    ),
  )) satisfies GetStaticPaths;

const TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute<{ table: TableName; format: TableFormat }> = async ({
  params,
  props,
}) => {
  const lang = langFromParam(params.locale);
  const tables = await loadTables(
    lang,
    siteConfig.base,
    (href) => new URL(href, siteConfig.url).href,
  );
  const data = tables[props.table];
  return new Response(props.format === 'csv' ? tableCsv(data) : tableJson(data), {
    headers: { 'content-type': TYPES[props.format] },
  });
};
