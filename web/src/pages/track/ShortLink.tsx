import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';

/** The short link of an SMS (/t/<query code>): opens the lookup page with the code filled in. */
export function ShortLink(props: { code?: string; params?: { code?: string } }) {
  const { route } = useLocation();
  const code = props.params?.code ?? props.code ?? '';
  useEffect(() => route(`/track?code=${encodeURIComponent(code)}`, true), [code]);
  return null;
}
