import {
  ResourceNotFoundError,
  ResourceTemplate,
  type McpServer,
} from '@modelcontextprotocol/server';
import {
  BIOLINK_MODEL_VERSION,
  BIOLINK_PREDICATES,
  ENTITY_KINDS,
  MODALITIES,
  MODALITY_NAMES,
  PREDICATES,
  PREDICATE_NAMES,
} from '../domain';
import { CURATED_PREDICATES, CURATED_PREDICATE_NAMES } from '../domain/curated';
import { ClientError } from '../errors';
import { changesDigest } from '../graph/export/release-changes';
import type { McpContext } from './context';
import { DISCLAIMER } from './instructions';

/**
 * kg://about: what the graph holds (seed version, content hash, counts), what
 * changed since the previous release (counts and the first items, so a client
 * that cached facts knows what to drop), its vocabulary with the Biolink
 * mapping (the article's predicates and the curated ones), its sources with
 * their release, attribution and licence (HPO's terms ask for both wherever
 * its data is shown), and the disclaimer.
 * kg://sources/{id}: one source's metadata, for a citation.
 */

const ABOUT_URI = 'kg://about';
const SOURCE_URI_TEMPLATE = 'kg://sources/{id}';
const sourceUri = (id: string) => `kg://sources/${encodeURIComponent(id)}`;

/** How many changes kg://about lists; the release's changes.json has them all. */
const ABOUT_CHANGE_ITEMS = 20;

const json = (uri: string, value: unknown) => ({
  contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }],
});

export function registerResources(server: McpServer, ctx: McpContext): void {
  server.registerResource(
    'about',
    ABOUT_URI,
    {
      title: 'About the myoclonus knowledge graph',
      description:
        "Seed version, content hash, counts, what changed since the previous release, the predicates (the article's and the curated layer's) with their Biolink mapping, the sources with their version, attribution and licence, and the disclaimer.",
      mimeType: 'application/json',
    },
    async (uri) => {
      const reader = await ctx.reader();
      const [info, sources, changes] = await Promise.all([
        reader.graphInfo(),
        reader.sources(),
        // While a load runs there is no release, so no changes to tell.
        ctx.releaseChanges().then(
          (c) => ({ ...changesDigest(c, ABOUT_CHANGE_ITEMS), details: ctx.releaseChangesUrl }),
          (error: unknown) => {
            if (error instanceof ClientError) return null;
            throw error;
          },
        ),
      ]);
      return json(uri.href, {
        seedVersion: info.seedVersion,
        contentHash: info.contentHash,
        loadedAt: info.loadedAt,
        loadState: info.loadState,
        entityCount: info.entityCount,
        factCount: info.factCount,
        conceptCount: info.conceptCount,
        curatedStatementCount: info.curatedStatementCount,
        changes,
        kinds: ENTITY_KINDS,
        biolinkModelVersion: BIOLINK_MODEL_VERSION,
        predicates: PREDICATE_NAMES.map((name) => ({
          name,
          biolink: BIOLINK_PREDICATES[name].predicate,
          subjectKinds: PREDICATES[name].subject,
          objectKinds: PREDICATES[name].object,
        })),
        curatedPredicates: CURATED_PREDICATE_NAMES.map((name) => ({
          name,
          biolink: CURATED_PREDICATES[name].biolink,
          association: CURATED_PREDICATES[name].association,
        })),
        modalities: MODALITY_NAMES.map((name) => ({
          name,
          meaning: MODALITIES[name].description,
          biolinkKnowledgeLevel: MODALITIES[name].knowledgeLevel,
        })),
        sources: sources.map((s) => ({
          id: s.id,
          infores: s.infores,
          kind: s.kind,
          title: s.title,
          publisher: s.publisher,
          version: s.version,
          // A dataset's terms ask for its citation and release wherever its data is shown.
          attribution: s.reference,
          licence: s.licence,
          uri: sourceUri(s.id),
        })),
        disclaimer: DISCLAIMER,
      });
    },
  );

  server.registerResource(
    'source',
    new ResourceTemplate(SOURCE_URI_TEMPLATE, {
      list: async () => {
        const sources = await (await ctx.reader()).sources();
        return {
          resources: sources.map((s) => ({
            uri: sourceUri(s.id),
            name: s.id,
            title: s.title,
            mimeType: 'application/json',
          })),
        };
      },
    }),
    {
      title: 'A cited source',
      description: "A source's title, publisher, author, date, review note and its own disclaimer.",
      mimeType: 'application/json',
    },
    async (uri, variables) => {
      const id = String(variables.id ?? '');
      const source = (await (await ctx.reader()).sources()).find((s) => s.id === id);
      if (!source) throw new ResourceNotFoundError(uri.href);
      return json(uri.href, source);
    },
  );
}
