// The links a card opens and the manifest's allowlist for them (addOns.common.openLinkUrlPrefixes).
// Google: an add-on that "opens or displays a URL in response to a user action" lists the URL
// prefixes in openLinkUrlPrefixes; each prefix "must use https://", "must have a full domain" and
// "must have a non-empty path" (developers.google.com/apps-script/manifest/allowlist-url).

/** The manifest fields this reads. */
export interface LinkManifest {
  addOns?: { common?: { openLinkUrlPrefixes?: unknown } };
}

/** The allowlisted prefixes of a manifest ([] when it lists none). */
export function openLinkPrefixes(manifest: LinkManifest): string[] {
  const prefixes = manifest.addOns?.common?.openLinkUrlPrefixes;
  return Array.isArray(prefixes) ? prefixes.filter((p): p is string => typeof p === 'string') : [];
}

/**
 * What is wrong with a prefix under Google's rules, or null when it is a valid one.
 * @example prefixProblem('https://docs.google.com') // 'needs a non-empty path, e.g. https://docs.google.com/'
 */
export function prefixProblem(prefix: string): string | null {
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:') return 'must use https://';
  if (!url.hostname.includes('.')) return 'needs a full domain';
  if (!/^https:\/\/[^/?#]+\//.test(prefix)) return `needs a non-empty path, e.g. ${prefix}/`;
  return null;
}

/**
 * Every URL a card or action response opens: buttons' and widgets' `openLink.url`, and a
 * response's `action.link.url`.
 * @example openedLinks({ onClick: { openLink: { url: 'https://x.example/a' } } }) // ['https://x.example/a']
 */
export function openedLinks(json: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) node.forEach((child) => walk(child, key));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if ((key === 'openLink' || key === 'link') && typeof record.url === 'string') found.push(record.url);
      for (const [k, v] of Object.entries(record)) walk(v, k);
    }
  };
  walk(json, '');
  return found;
}

/** The links in `json` that no prefix covers: Google would not open them. */
export function uncoveredLinks(json: unknown, prefixes: readonly string[]): string[] {
  return openedLinks(json).filter((url) => !prefixes.some((prefix) => url.startsWith(prefix)));
}
