import { describe, expect, it } from 'vitest'
import { GRAPH_STYLE, LABEL_MIN_PX, READABLE_ZOOM, fitReadably } from './patternGraph.js'

/** Just enough of Cytoscape's viewport: fit() picks the zoom that the graph's size allows. */
function fakeCy(zoomToFit) {
  const calls = []
  let zoom = 1
  return {
    calls,
    elements: () => 'visible elements',
    fit: (eles, padding) => {
      calls.push(['fit', eles, padding])
      zoom = zoomToFit
    },
    zoom: (level) => {
      if (level === undefined) return zoom
      calls.push(['zoom', level])
      zoom = level
      return undefined
    },
    center: (eles) => calls.push(['center', eles]),
  }
}

const nodeStyle = GRAPH_STYLE.find((s) => s.selector === 'node').style

describe('the pattern graph is readable', () => {
  it('draws labels at a readable size and leaves out those too small to read', () => {
    expect(nodeStyle['font-size']).toBeGreaterThanOrEqual(14)
    expect(nodeStyle['min-zoomed-font-size']).toBeGreaterThanOrEqual(6)
  })

  it('fits the graph, but never zooms out so far that labels shrink below a readable size', () => {
    const crowded = fakeCy(0.35) // fitting everything would make labels about 5 px
    expect(fitReadably(crowded)).toBe(READABLE_ZOOM)
    expect(crowded.calls).toEqual([
      ['fit', 'visible elements', 24],
      ['zoom', READABLE_ZOOM],
      ['center', 'visible elements'],
    ])
    expect(nodeStyle['font-size'] * fitReadably(fakeCy(0.35))).toBeGreaterThanOrEqual(LABEL_MIN_PX)
  })

  it('keeps the fitted view when the graph fits at a readable size', () => {
    const small = fakeCy(1.4)
    expect(fitReadably(small)).toBe(1.4)
    expect(small.calls).toEqual([['fit', 'visible elements', 24]])
  })
})
