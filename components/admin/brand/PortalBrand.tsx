// The portal's brand in Payload's three slots for it (payload.config.ts: admin.components).
import { BrandMark } from './BrandMark'
import { PORTAL_NAME } from './brandName'

/** The mark with the name beside it as real text; `className` names the block and its two parts. */
function Lockup({ className }: { className: string }) {
  return (
    <div className={className}>
      <BrandMark className={`${className}__mark`} />
      <span className={`${className}__name`}>{PORTAL_NAME}</span>
    </div>
  )
}

/** `graphics.Logo`: above the login, forgot-password and reset forms. */
export function PortalLogo() {
  return <Lockup className="portal-logo" />
}

/** `beforeNavLinks`: the top of the side nav, on every signed-in page. */
export function NavBrand() {
  return <Lockup className="portal-nav-brand" />
}

/**
 * `graphics.Icon`: the mark that starts the header's breadcrumb, below the dashboard a link to it.
 * The link has no text of its own (Payload's "Dashboard" is only a tooltip), so the mark names it.
 */
export function PortalIcon() {
  return <BrandMark className="portal-icon" label={PORTAL_NAME} />
}
