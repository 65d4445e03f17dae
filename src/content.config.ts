import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR, loadSchemaRefs, taxonomyFile, taxonomyTranslationFile } from './data/reference.ts';
import { articleSchema } from './schemas/article.ts';
import { helplineSchema } from './schemas/helpline.ts';
import { institutionSchema } from './schemas/institution.ts';
import { termSchema, type TaxonomyName } from './schemas/taxonomy.ts';
import { termTranslationSchema, translatedArticleSchema, type TranslatedLang } from './schemas/translation.ts';

const refs = loadSchemaRefs();
const taxonomy = (name: TaxonomyName) => defineCollection({ loader: file(taxonomyFile(name)), schema: termSchema });
/** content/taxonomy/<lang>/<name>.yaml: the terms' names and descriptions in another language (src/data/directory.ts joins them to the Polish). */
const translated = (lang: TranslatedLang, name: TaxonomyName) =>
  defineCollection({ loader: file(taxonomyTranslationFile(lang, name)), schema: termTranslationSchema });

export const collections = {
  institutions: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/institutions` }),
    schema: institutionSchema(refs),
  }),
  helplines: defineCollection({ loader: file(`${CONTENT_DIR}/helplines.yaml`), schema: helplineSchema(refs) }),
  informator: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/informator` }), schema: articleSchema }),
  informator_uk: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/informator/uk` }), schema: translatedArticleSchema }),
  types: taxonomy('types'),
  needs: taxonomy('needs'),
  forms: taxonomy('forms'),
  audiences: taxonomy('audiences'),
  resources: taxonomy('resources'),
  types_uk: translated('uk', 'types'),
  needs_uk: translated('uk', 'needs'),
  forms_uk: translated('uk', 'forms'),
  audiences_uk: translated('uk', 'audiences'),
  resources_uk: translated('uk', 'resources'),
  types_en: translated('en', 'types'),
  needs_en: translated('en', 'needs'),
  forms_en: translated('en', 'forms'),
  audiences_en: translated('en', 'audiences'),
  resources_en: translated('en', 'resources'),
};
