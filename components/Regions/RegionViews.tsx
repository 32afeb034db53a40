import type { ReactNode } from 'react'

import { regionViewsCss } from '@/lib/members/viewerHints'

/**
 * One static page, one view per region: the saved region's view is shown (CSS on the data-region
 * attribute the head script sets before first paint), else the all-regions one. No request, no
 * per-visitor render, no flash; without JavaScript the all-regions view shows.
 */
export function RegionViews({ views }: { views: Array<{ code: string | null; view: ReactNode }> }) {
  const codes = views.flatMap((entry) => (entry.code ? [entry.code] : []))
  return (
    <>
      <style href="region-views" precedence="default">
        {regionViewsCss(codes)}
      </style>
      {views.map(({ code, view }) => (
        <div key={code ?? ''} data-region-view={code ?? ''}>
          {view}
        </div>
      ))}
    </>
  )
}
