export default function HomePage() {
  return (
    <section>
      <h1>Coalition Portal</h1>
      <p>News, bargaining updates and campaigns for the coalition’s members.</p>
    </section>
  )
}
