import type { Child } from 'hono/jsx';
import { actHref, documentHref, relationLabel } from '../lib/format.ts';
import type { ActChainNode } from '../types.ts';

function NodeLink({ node }: { node: ActChainNode }) {
  return (
    <>
      <a href={node.documentId ? documentHref(node.documentId) : actHref(node.key)}>{node.label}</a>
      {node.relation ? (
        <>
          {' '}
          <span class="badge">{relationLabel(node.relation)}</span>
        </>
      ) : null}
    </>
  );
}

/** Nested ul/li of what implements what, downwards from `nodes`. */
export function DownTree({ nodes, depth = 0 }: { nodes: ActChainNode[]; depth?: number }): Child {
  if (nodes.length === 0 || depth > 8) return null;
  return (
    <ul>
      {nodes.map((n) => (
        <li>
          <NodeLink node={n} />
          <DownTree nodes={n.children} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

/** Every upward path (this act → what it implements → ...) listed from the top act down. */
export function upwardPaths(nodes: ActChainNode[], limit = 8): ActChainNode[][] {
  const paths: ActChainNode[][] = [];
  const walk = (node: ActChainNode, below: ActChainNode[], depth: number): void => {
    const path = [node, ...below];
    if (node.children.length === 0 || depth >= limit) {
      paths.push(path);
      return;
    }
    for (const parent of node.children) walk(parent, path, depth + 1);
  };
  for (const n of nodes) walk(n, [], 0);
  return paths;
}

/**
 * The implementation chain as one readable tree: the acts this one implements at the top, the
 * current act in bold, and under it what implements it (several levels down).
 */
export function ChainTree(props: {
  currentLabel: string;
  up: ActChainNode[];
  down: ActChainNode[];
}) {
  const current = (
    <li>
      <span class="current" aria-current="true">
        {props.currentLabel}
      </span>{' '}
      <span class="muted">(văn bản đang xem)</span>
      <DownTree nodes={props.down} />
    </li>
  );
  const paths = upwardPaths(props.up);
  if (paths.length === 0) return <ul class="tree">{current}</ul>;
  return (
    <>
      {paths.map((path, index) => {
        let inner: Child =
          index === 0 ? (
            current
          ) : (
            <li>
              <span class="current">{props.currentLabel}</span>
            </li>
          );
        for (let i = path.length - 1; i >= 0; i -= 1) {
          const node = path[i] as ActChainNode;
          inner = (
            <li>
              <NodeLink node={node} />
              <ul>{inner}</ul>
            </li>
          );
        }
        return <ul class="tree">{inner}</ul>;
      })}
    </>
  );
}
