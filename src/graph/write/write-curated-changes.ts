import {
  CURATED_KIND_NAMES,
  CURATED_PREDICATE_NAMES,
  type CuratedContent,
  type CuratedKindName,
  type CuratedPredicateName,
} from '../../domain/curated';
import { annotationRow, curatedNodeRow } from './curated-rows';
import { changeCounts, diffContent, type ChangeCounts } from './graph-rows';
import * as C from './curated-statements';
import { writeStep, type Reader, type StepRunner } from './write-steps';

/** What of the curated layer is stored: each node's and edge's content hash, each edge's type and subject. */
export interface ExistingCurated {
  nodes: Map<string, string | null>;
  annotations: Map<string, string | null>;
  annotationEnds: Map<string, { predicate: CuratedPredicateName; subject: string }>;
}

export interface CuratedChanges {
  curatedNodes: ChangeCounts;
  annotations: ChangeCounts;
}

export async function readExistingCurated(read: Reader): Promise<ExistingCurated> {
  const nodes = new Map(
    (await read(C.EXISTING_CURATED_NODES)).map((r) => [
      r.get('id') as string,
      (r.get('hash') as string | null) ?? null,
    ]),
  );
  const annotations = new Map<string, string | null>();
  const annotationEnds = new Map<string, { predicate: CuratedPredicateName; subject: string }>();
  for (const r of await read(C.EXISTING_ANNOTATIONS, { predicates: CURATED_PREDICATE_NAMES })) {
    annotations.set(r.get('id') as string, (r.get('hash') as string | null) ?? null);
    annotationEnds.set(r.get('id') as string, {
      predicate: r.get('predicate') as CuratedPredicateName,
      subject: r.get('subject') as string,
    });
  }
  return { nodes, annotations, annotationEnds };
}

const EMPTY: CuratedContent = { nodes: [], annotations: [], mergedCuries: {} };

/**
 * The curated layer's part of a load, in two halves around the article's: its
 * edges go first (an article entity removed takes its edges with it, and an
 * edge that moved must go before it is made again), then, once every
 * article entity exists, its nodes and its edges are written.
 */
export function curatedSteps(graph: CuratedContent | undefined, existing: ExistingCurated) {
  const content = graph ?? EMPTY;
  const nodeDiff = diffContent(content.nodes, curatedNodeRow, existing.nodes);
  const edgeDiff = diffContent(content.annotations, annotationRow, existing.annotations);
  const ofKind = (kind: CuratedKindName) => (n: { kind: CuratedKindName }) => n.kind === kind;
  const withPredicate = (p: CuratedPredicateName) => (a: { predicate: CuratedPredicateName }) =>
    a.predicate === p;

  async function removeFirst(run: StepRunner) {
    await run(
      CURATED_PREDICATE_NAMES.map((p) =>
        writeStep(
          `delete ${p}`,
          C.DELETE_ANNOTATIONS[p],
          edgeDiff.remove
            .map((id) => ({ id, ...existing.annotationEnds.get(id)! }))
            .filter((a) => a.predicate === p),
          (rows) => ({ rows }),
        ),
      ),
    );
    await run([
      writeStep('delete curated nodes', C.DELETE_CURATED_NODES, nodeDiff.remove, (ids) => ({
        ids,
      })),
    ]);
  }

  async function writeAfterEntities(run: StepRunner) {
    // The creates of every kind share the writers (a parallel group).
    await run(
      CURATED_KIND_NAMES.map((kind) =>
        writeStep(
          `create ${kind}`,
          C.CREATE_CURATED_NODES[kind],
          nodeDiff.create.filter(ofKind(kind)),
          (batch) => ({ rows: batch.map((n) => ({ props: curatedNodeRow(n).props })) }),
        ),
      ),
      true,
    );
    await run(
      CURATED_KIND_NAMES.map((kind) =>
        writeStep(
          `update ${kind}`,
          C.UPDATE_CURATED_NODES[kind],
          nodeDiff.update.filter(ofKind(kind)),
          (rows) => ({ rows }),
        ),
      ),
    );
    await run(
      CURATED_PREDICATE_NAMES.map((p) =>
        writeStep(
          `create ${p}`,
          C.CREATE_ANNOTATIONS[p],
          edgeDiff.create.filter(withPredicate(p)),
          (batch) => ({ rows: batch.map(annotationRow) }),
        ),
      ),
      true,
    );
    await run(
      CURATED_PREDICATE_NAMES.map((p) =>
        writeStep(
          `update ${p}`,
          C.UPDATE_ANNOTATIONS[p],
          edgeDiff.update.filter(withPredicate(p)),
          (rows) => ({ rows }),
        ),
      ),
    );
  }

  const changes: CuratedChanges = {
    curatedNodes: changeCounts(nodeDiff),
    annotations: changeCounts(edgeDiff),
  };
  return { removeFirst, writeAfterEntities, changes };
}
