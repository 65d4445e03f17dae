import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR, loadSchemaRefs, taxonomyFile } from './data/reference.ts';
import { articleSchema } from './schemas/article.ts';
import { helplineSchema } from './schemas/helpline.ts';
import { institutionSchema } from './schemas/institution.ts';
import { termSchema } from './schemas/taxonomy.ts';

const refs = loadSchemaRefs();
const taxonomy = (name: Parameters<typeof taxonomyFile>[0]) => defineCollection({ loader: file(taxonomyFile(name)), schema: termSchema });

export const collections = {
  institutions: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/institutions` }),
    schema: institutionSchema(refs),
  }),
  helplines: defineCollection({ loader: file(`${CONTENT_DIR}/helplines.yaml`), schema: helplineSchema(refs) }),
  informator: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/informator` }), schema: articleSchema }),
  types: taxonomy('types'),
  needs: taxonomy('needs'),
  forms: taxonomy('forms'),
  audiences: taxonomy('audiences'),
  resources: taxonomy('resources'),
};
