// For specs only, never imported by the app: two places where happy-dom differs from browsers in a
// way that makes DOMPurify skip nodes. Import this before anything that imports DOMPurify, which
// keeps references to these functions when it loads.
//
// 1. Node.prototype's nodeName getter answers '' for elements (subclasses override it); DOMPurify
//    reads nodeName through that getter, so every element looked unknown.
// 2. Its NodeIterator stops when the current node is removed; the DOM standard carries on from the
//    node before it, and DOMPurify relies on that.

const own = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')
Object.defineProperty(Node.prototype, 'nodeName', {
  configurable: true,
  enumerable: own?.enumerable ?? true,
  get() {
    for (
      let proto = Object.getPrototypeOf(this);
      proto && proto !== Node.prototype;
      proto = Object.getPrototypeOf(proto)
    ) {
      const getter = Object.getOwnPropertyDescriptor(proto, 'nodeName')?.get
      if (getter) return getter.call(this)
    }
    return own.get.call(this)
  },
})

function following(node, root) {
  if (node.firstChild) return node.firstChild
  for (let n = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling
  return null
}

function preceding(node, root) {
  if (node === root) return null
  let n = node.previousSibling
  if (!n) return node.parentNode
  while (n.lastChild) n = n.lastChild
  return n
}

/** root.contains, by walking up (happy-dom's contains can answer true for a node just removed). */
function inside(node, root) {
  for (let n = node; n; n = n.parentNode) if (n === root) return true
  return false
}

const SHOW = { 1: 0x1, 3: 0x4, 4: 0x8, 7: 0x40, 8: 0x80 }

function standardNodeIterator(root, whatToShow = 0xffffffff) {
  let current = null
  let before = null
  let started = false
  const shown = (n) => whatToShow & (SHOW[n.nodeType] ?? 0)
  return {
    root,
    nextNode() {
      let ref
      if (!started) {
        started = true
        if (shown(root)) {
          current = root
          return root
        }
        ref = root
      } else {
        ref = current && inside(current, root) ? current : before
        while (ref && !inside(ref, root)) ref = ref.parentNode
        ref ??= root
      }
      for (let n = following(ref, root); n; n = following(n, root)) {
        if (shown(n)) {
          before = preceding(n, root)
          current = n
          return n
        }
      }
      return null
    },
  }
}

// patch the prototype that really owns it (the global Document is not always in document's chain)
let owner = document
while (owner && !Object.hasOwn(owner, 'createNodeIterator')) owner = Object.getPrototypeOf(owner)
owner.createNodeIterator = function createNodeIterator(root, whatToShow) {
  return standardNodeIterator(root, whatToShow)
}
