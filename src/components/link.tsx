import {
  createContext,
  createElement,
  useContext,
  type AnchorHTMLAttributes,
  type ComponentType,
  type ReactNode,
  type Ref,
} from 'react';

/** Props every link component receives: an anchor's attributes with a required `href`. */
export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A component that renders a link. The app passes an adapter for react-router's Link, e.g.
 * `({ href, ...rest }) => <Link to={href} {...rest} />`, so in-app navigation stays client-side.
 */
export type LinkComponent = ComponentType<LinkProps>;

function PlainLink({ children, ...props }: LinkProps) {
  return <a {...props}>{children}</a>;
}

const LinkComponentContext = createContext<LinkComponent>(PlainLink);

/** Sets the link component used by every design-system component below it. */
export function LinkComponentProvider({
  component,
  children,
}: {
  component: LinkComponent;
  children: ReactNode;
}) {
  return <LinkComponentContext value={component}>{children}</LinkComponentContext>;
}

/** The link component to render: the override if given, else the provider's, else a plain `<a>`. */
export function useLinkComponent(override?: LinkComponent): LinkComponent {
  const fromContext = useContext(LinkComponentContext);
  return override ?? fromContext;
}

/** A link rendered with the app's link component (react-router's Link when provided). */
export function AppLink({
  linkComponent,
  ...props
}: LinkProps & { linkComponent?: LinkComponent }) {
  // The component comes from context (or a prop) and keeps its identity between renders, so
  // creating the element from it does not remount the link.
  return createElement(useLinkComponent(linkComponent), props);
}
