import { HomeView } from '@/components/Home/HomeView'

// Static for everyone; a saved region is served from /home/<code> by proxy.ts, also static.
export const revalidate = 300

export default function HomePage() {
  return <HomeView regionCode={null} />
}
