/** Runs a CLI body and exits with its code; errors print one readable line, not an unsettled await. */
export class ScriptError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

export function runScript(body: () => Promise<number | void>): void {
  body().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      if (error instanceof ScriptError) {
        console.error(`Error: ${error.message}`)
        process.exit(error.exitCode)
      }
      console.error(error)
      process.exit(1)
    },
  )
}
