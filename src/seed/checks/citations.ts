import type { SeedCitation, SeedFile } from '../seed-file-schema';
import type { Located, SeedProblems } from './seed-problems';

type SourceEntry = NonNullable<SeedFile['sources']>[number];
type OutlineEntry = NonNullable<SeedFile['outlines']>[number];

/**
 * Where a statement may stand: the sources, each with its outline (sections
 * and paragraph counts). A citation names a source, a section of its outline
 * and a paragraph inside that section.
 */
export class CitationCheck {
  readonly sourceIds = new Set<string>();
  /** Paragraph counts by section, per source. */
  private readonly outlineOf = new Map<string, Map<string, number>>();

  constructor(
    private readonly problems: SeedProblems,
    sources: Located<SourceEntry>[],
    outlines: Located<OutlineEntry>[],
  ) {
    for (const s of sources) {
      if (this.sourceIds.has(s.item.id))
        problems.at(s, 'sources', ['id'], `duplicate source id "${s.item.id}"`);
      this.sourceIds.add(s.item.id);
    }
    for (const o of outlines) {
      if (!this.sourceIds.has(o.item.source))
        problems.at(o, 'outlines', ['source'], `unknown source "${o.item.source}"`);
      if (this.outlineOf.has(o.item.source))
        problems.at(o, 'outlines', ['source'], `a second outline of source "${o.item.source}"`);
      this.outlineOf.set(
        o.item.source,
        new Map(o.item.sections.map((s) => [s.section, s.paragraphs])),
      );
    }
    // A dataset's statements cite its own records and references, not paragraphs.
    for (const s of sources) {
      if (s.item.kind !== 'dataset' && !this.outlineOf.has(s.item.id))
        problems.at(
          s,
          'sources',
          ['id'],
          `source "${s.item.id}" has no outline (outlines: sections and paragraph counts)`,
        );
    }
  }

  /** One citation: a known source, a section of its outline, a paragraph inside it. */
  check(
    located: Located<unknown>,
    key: string,
    citation: SeedCitation,
    field: (string | number)[],
  ) {
    const { source, section, paragraph } = citation;
    if (!this.sourceIds.has(source)) {
      this.problems.at(located, key, [...field, 'source'], `unknown source "${source}"`);
      return;
    }
    const sections = this.outlineOf.get(source);
    if (!sections) return;
    const paragraphs = sections.get(section);
    if (paragraphs === undefined) {
      this.problems.at(
        located,
        key,
        [...field, 'section'],
        `"${section}" is not a section of the outline of "${source}" (${[...sections.keys()].map((n) => `"${n}"`).join(', ')})`,
      );
    } else if (paragraph > paragraphs) {
      this.problems.at(
        located,
        key,
        [...field, 'paragraph'],
        `"${section}" of "${source}" has ${paragraphs} paragraph(s); there is no paragraph ${paragraph}`,
      );
    }
  }

  /** A statement cites one or more paragraphs, all of one source, none twice. */
  checkAll(located: Located<{ citations: SeedCitation[] }>, key: string) {
    const seen = new Set<string>();
    located.item.citations.forEach((citation, index) => {
      this.check(located, key, citation, ['citations', index]);
      const place = `${citation.source}|${citation.section}|${citation.paragraph}`;
      if (seen.has(place))
        this.problems.at(located, key, ['citations', index], 'cites the same paragraph twice');
      seen.add(place);
      if (citation.source !== located.item.citations[0]!.source)
        this.problems.at(
          located,
          key,
          ['citations', index, 'source'],
          'every citation of one statement must be of one source',
        );
    });
  }
}
