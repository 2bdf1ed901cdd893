/**
 * Where each collection lives and how its files are laid out (mirrors src/content.config.ts),
 * plus the CMS-wide settings. The fields come from the schemas; only layout lives here.
 */
import { parkSchema } from '../../src/schemas/parks';
import { supplierSchema } from '../../src/schemas/suppliers';
import { institutionSchema } from '../../src/schemas/institutions';
import { caseSchema } from '../../src/schemas/cases';
import { chainSchema, processSchema } from '../../src/schemas/taxonomy';
import type { CollectionName } from './labels';

export interface CollectionSpec {
  name: CollectionName;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'yaml';
  format: 'frontmatter' | 'yaml';
  /** List title in the entry list (Chinese name, else English). */
  summary: string;
  /** Parks and cases: facts and Chinese body in `<id>.md`, English body in `<id>.en.md`. */
  i18n?: boolean;
  identifier_field?: string;
  slug: string | { editable: string[]; hint: string };
  schema: unknown;
  bodyLabel?: string;
}

/** A file name typed by the officer when creating an entry: the id other files refer to. */
const typedId = (example: string) => ({
  editable: ['create'],
  hint: `文件名（英文小写加连字符，如 ${example}），其他内容用它引用本条；保存后不要再改。 File name (kebab-case id such as ${example}); other files refer to it.`,
});

export const COLLECTIONS: readonly CollectionSpec[] = [
  {
    name: 'parks',
    label: '园区 Parks',
    label_singular: '园区',
    description: '园区简介：数据和中文正文存在“标识.md”，英文正文存在“标识.en.md”。 Park profiles.',
    folder: 'content/parks',
    extension: 'md',
    format: 'frontmatter',
    summary: '{{name.zh}} · {{name.en}}',
    i18n: true,
    identifier_field: 'slug',
    slug: '{{slug}}',
    schema: parkSchema,
    bodyLabel: '园区自述',
  },
  {
    name: 'suppliers',
    label: '配套企业 Suppliers',
    label_singular: '配套企业',
    description: '对外承接加工的本地企业（实地调查所得）。 Local suppliers found in field surveys.',
    folder: 'content/suppliers',
    extension: 'yaml',
    format: 'yaml',
    summary: '{{name.zh}} · {{name.en}}',
    slug: typedId('changsha-ruijing-precision-casting'),
    schema: supplierSchema,
  },
  {
    name: 'institutions',
    label: '院校与平台 Institutions',
    label_singular: '院校与平台',
    description: '高校、职业院校、科研院所、中试平台和公共实验室。 Schools and research platforms.',
    folder: 'content/institutions',
    extension: 'yaml',
    format: 'yaml',
    summary: '{{name.zh}} · {{name.en}}',
    slug: typedId('luling-polytechnic'),
    schema: institutionSchema,
  },
  {
    name: 'cases',
    label: '落地案例 Cases',
    label_singular: '落地案例',
    description:
      '已落地项目：数据和中文正文存在“标识.md”，英文正文存在“标识.en.md”。 Landed projects.',
    folder: 'content/cases',
    extension: 'md',
    format: 'frontmatter',
    summary: '{{title.zh}}',
    i18n: true,
    slug: typedId('huaqing-lightweight-door-rings'),
    schema: caseSchema,
    bodyLabel: '案例经过',
  },
  {
    name: 'processes',
    label: '工艺（分类） Processes',
    label_singular: '工艺',
    description: '配套企业可提供的加工工艺。 Manufacturing processes (taxonomy).',
    folder: 'content/taxonomy/processes',
    extension: 'yaml',
    format: 'yaml',
    summary: '{{label.zh}} · {{label.en}}',
    slug: typedId('mold-stamping'),
    schema: processSchema,
  },
  {
    name: 'chains',
    label: '产业链（分类） Chains',
    label_singular: '产业链',
    description: '园区招商的产业链及其所需工艺。 Industry chains (taxonomy).',
    folder: 'content/taxonomy/chains',
    extension: 'yaml',
    format: 'yaml',
    summary: '{{label.zh}} · {{label.en}}',
    slug: typedId('auto-parts'),
    schema: chainSchema,
  },
];

/**
 * CMS-wide settings. `backend.repo` is the GitHub repository the production CMS commits to:
 * a fork changes it here and runs `npm run cms:config` (docs/CMS.md). On localhost the same
 * configuration offers "Work with Local Repository" (no login, no GitHub).
 */
export const CMS_SETTINGS = {
  backend: { name: 'github', repo: 'park-showcase/park-showcase', branch: 'main' },
  app_title: '园区展示 · 内容管理',
  // The site's own icon (also keeps the CMS from fetching its built-in data: logo).
  logo: { src: '/favicon.svg' },
  media_folder: 'public/uploads',
  public_folder: '/uploads',
  show_preview_links: false,
  i18n: {
    structure: 'multiple_files',
    locales: ['zh-CN', 'en'],
    default_locale: 'zh-CN',
    omit_default_locale_from_file_path: true,
  },
  output: { omit_empty_optional_fields: true },
  slug: { encoding: 'ascii', clean_accents: true },
} as const;
