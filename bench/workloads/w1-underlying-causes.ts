import { ASKED } from './asked';
import { line, sorted, sourceId } from './answer-lines';
import { example, get, graphql } from './requests';
import type { Json, Workload } from './workload';

/** W1: a condition by name, with its underlying causes (and their group members) and citations. */
export const W1: Workload = {
  id: 'W1',
  title: 'Condition by name with its underlying causes and their citations',
  requests: {
    A: graphql(example('underlying-causes.graphql'), { name: ASKED.conditionName }),
    B: graphql(
      `
        query UnderlyingCauses($name: String!) {
          sources {
            id
            title
            publisher
            lastModified
            disclaimer
          }
          conditions(
            where: { OR: [{ nameLower: { eq: $name } }, { synonymsLower: { includes: $name } }] }
            limit: 1
          ) {
            id
            name
            causesConnection {
              edges {
                properties {
                  id
                  qualifier
                  source
                  section
                  paragraph
                }
                node {
                  id
                  name
                  membersConnection {
                    edges {
                      properties {
                        id
                        qualifier
                        source
                        section
                        paragraph
                      }
                      node {
                        id
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { name: ASKED.conditionName },
    ),
    C: get('/w1', { name: ASKED.conditionName }),
  },
  normalise: {
    A: (body) => {
      const c = body.data.condition;
      return sorted([
        `condition ${c.id}`,
        ...c.underlyingCauses.map((l: Json) =>
          line(
            l.cause.id,
            l.group?.name,
            l.qualifier,
            sourceId(l.citation.source),
            l.citation.section,
            l.citation.paragraph,
            l.facts.map((f: Json) => f.id).join(' > '),
          ),
        ),
      ]);
    },
    B: (body) => {
      const c = body.data.conditions[0];
      const lines = [`condition ${c.id}`];
      for (const e of c.causesConnection.edges) {
        const p = e.properties;
        lines.push(line(e.node.id, null, p.qualifier, p.source, p.section, p.paragraph, p.id));
        for (const m of e.node.membersConnection.edges) {
          const mp = m.properties;
          lines.push(
            line(
              m.node.id,
              e.node.name,
              p.qualifier,
              mp.source,
              mp.section,
              mp.paragraph,
              `${mp.id} > ${p.id}`,
            ),
          );
        }
      }
      return sorted(lines);
    },
    C: (body) => {
      const lines = [`condition ${body.condition.id}`];
      for (const item of body.items) {
        const f = item.fact;
        lines.push(
          line(
            f.subject.id,
            null,
            f.props.qualifier,
            f.props.source,
            f.props.section,
            f.props.paragraph,
            f.props.id,
          ),
        );
        for (const m of item.members) {
          lines.push(
            line(
              m.subject.id,
              f.subject.name,
              f.props.qualifier,
              m.props.source,
              m.props.section,
              m.props.paragraph,
              `${m.props.id} > ${f.props.id}`,
            ),
          );
        }
      }
      return sorted(lines);
    },
  },
};
