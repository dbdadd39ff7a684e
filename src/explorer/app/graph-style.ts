import type cytoscape from 'cytoscape';
import { KIND_STYLES, KINDS } from './kind-style';

/**
 * How the canvas draws: nodes by kind (colour and shape), facts and curated
 * statements as labelled arrows (a negated statement dashed, ending in a
 * bar), and the classes the view sets: "+N more" nodes and their links,
 * expanded entities, filtered elements, the path, the selection.
 */
export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      // Labels go when zoomed far out: a canvas of hundreds of nodes stays quick to pan and zoom.
      'min-zoomed-font-size': 7,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#1a1a1a',
    },
  },
  ...KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': KIND_STYLES[kind].colour, shape: KIND_STYLES[kind].shape },
  })),
  {
    selector: 'node.more',
    style: {
      shape: 'round-rectangle',
      'background-color': '#ffffff',
      'border-style': 'dashed',
      width: 56,
      height: 18,
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-size': 10,
    },
  },
  { selector: 'node.expanded', style: { 'border-width': 3 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#6b6b6b',
      'target-arrow-color': '#6b6b6b',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      'font-family': 'system-ui, sans-serif',
      color: '#333333',
      'text-rotation': 'autorotate',
      'min-zoomed-font-size': 7,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
    },
  },
  {
    selector: 'edge.negated',
    style: {
      'line-style': 'dashed',
      'line-color': '#D55E00',
      'target-arrow-color': '#D55E00',
      'target-arrow-shape': 'tee',
      color: '#8a1c00',
    },
  },
  {
    selector: 'edge.more-link',
    style: { 'line-style': 'dashed', label: '', 'target-arrow-shape': 'none' },
  },
  { selector: '.filtered', style: { display: 'none' } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#000000', 'target-arrow-color': '#000000', width: 4 },
  },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#000000' } },
  {
    selector: ':selected',
    style: { 'overlay-color': '#F0E442', 'overlay-opacity': 0.45, 'overlay-padding': 6 },
  },
];
