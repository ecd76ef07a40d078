// How the pattern graph is drawn: Cytoscape's style and layout, and a viewport in which the names can
// be read. Fitting twenty-odd patterns into the box used to zoom out until labels were about 5 px high;
// now the graph is fitted, but never zoomed out below the point where a label is LABEL_MIN_PX high on
// screen (the rest is a drag or an arrow key away), and labels too small to read are not drawn at all.

/** A label's size in graph units at zoom 1. */
export const LABEL_FONT_SIZE = 16
/** The smallest a label may be on screen at the default view. */
export const LABEL_MIN_PX = 13
/** Smaller than this on screen (zoomed far out), Cytoscape leaves labels out rather than draw a smudge. */
export const LABEL_HIDE_BELOW_PX = 8

const EDGE_STYLES = [
  {
    selector: 'edge.complements',
    style: { 'line-color': '#1d4e89', 'target-arrow-color': '#1d4e89', 'target-arrow-shape': 'none' },
  },
  {
    selector: 'edge.specialises',
    style: {
      'line-color': '#1e6b34',
      'target-arrow-color': '#1e6b34',
      'line-style': 'dashed',
      'target-arrow-shape': 'triangle-backcurve',
    },
  },
  {
    selector: 'edge.conflicts-with',
    style: {
      'line-color': '#b3261e',
      'target-arrow-color': '#b3261e',
      'line-style': 'dotted',
      'target-arrow-shape': 'tee',
      width: 3,
    },
  },
  {
    selector: 'edge.precedes',
    style: { 'line-color': '#4a5360', 'target-arrow-color': '#4a5360', 'target-arrow-shape': 'triangle' },
  },
]

export const GRAPH_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#1d4e89',
      color: '#1b1f24',
      'font-size': LABEL_FONT_SIZE,
      'min-zoomed-font-size': LABEL_HIDE_BELOW_PX,
      'text-wrap': 'wrap',
      'text-max-width': 150,
      'text-valign': 'bottom',
      'text-margin-y': 5,
      // a pale backing keeps a label readable where an edge crosses it
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      width: 26,
      height: 26,
    },
  },
  { selector: 'node.draft', style: { 'background-color': '#ffffff', 'border-width': 2, 'border-color': '#1d4e89' } },
  { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#ffbf47', 'font-weight': 'bold' } },
  { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'arrow-scale': 1.2 } },
  ...EDGE_STYLES,
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: '.hidden', style: { display: 'none' } },
]

export const GRAPH_LAYOUT = {
  name: 'cose',
  animate: false,
  randomize: false,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 90,
  componentSpacing: 60,
  fit: true,
  padding: 24,
}

/** The zoom at which labels are LABEL_MIN_PX on screen. */
export const READABLE_ZOOM = LABEL_MIN_PX / LABEL_FONT_SIZE

/**
 * Fits the graph (or `elements`) into the view, then zooms back in if that made the labels too small
 * to read, keeping the graph centred. Answers the zoom it settled on.
 */
export function fitReadably(cy, elements = undefined, padding = GRAPH_LAYOUT.padding) {
  const shown = elements ?? cy.elements(':visible')
  cy.fit(shown, padding)
  if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM)
    cy.center(shown)
  }
  return cy.zoom()
}
