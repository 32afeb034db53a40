import fs from 'node:fs/promises'
import path from 'node:path'

import type { TaskConfig } from 'payload'
import { z } from 'zod'

import { DEFAULT_IMPORT_CONFIG } from './importConfig'
import { WxrFileError } from './parseWxr'
import type { ImportReport } from './types'

const input = z.object({ importId: z.number().int().positive() })
const PROGRESS_EVERY = 10

function reportText(report: ImportReport): string {
  const problems = report.problemList.map((problem) => `! ${problem.item}: ${problem.message}`)
  return [...problems, ...(problems.length ? [''] : []), ...report.lines].join('\n')
}

/**
 * The admin's WordPress import (collections/Imports): reads the uploaded file, imports it with the
 * default config and no uploads folder, and writes progress and the report onto the import document.
 */
export const importTasks: TaskConfig[] = [
  {
    slug: 'importWordPress',
    label: 'Import a WordPress export',
    inputSchema: [{ name: 'importId', type: 'number', required: true }],
    // One attempt: a re-run is harmless (idempotent) but should be the admin's choice.
    retries: 0,
    handler: async ({ input: raw, req }) => {
      const { importId } = input.parse(raw)
      const { payload } = req
      const write = (data: { state?: 'running' | 'done' | 'failed'; progress?: string; report?: string; created?: number; updated?: number; skipped?: number; problems?: number }) =>
        payload.update({ collection: 'imports', id: importId, data, overrideAccess: true, depth: 0, context: { disableRevalidate: true } })
      const doc = await payload.findByID({ collection: 'imports', id: importId, depth: 0, overrideAccess: true })
      const staticDir = payload.collections.imports.config.upload.staticDir
      await write({ state: 'running', progress: '0 / ?' })
      try {
        if (!doc.filename || !staticDir) throw new WxrFileError('the upload has no file')
        const xml = await fs.readFile(path.join(staticDir, path.basename(doc.filename)), 'utf8')
        const { importWordPress } = await import('./importWordPress')
        const report = await importWordPress({
          payload,
          xml,
          config: DEFAULT_IMPORT_CONFIG,
          mediaDir: null,
          dryRun: Boolean(doc.dryRun),
          onItem: async (done, total) => {
            if (done % PROGRESS_EVERY === 0 || done === total) await write({ progress: `${done} / ${total}` })
          },
        })
        await write({ state: 'done', progress: `${report.total} / ${report.total}`, created: report.created, updated: report.updated, skipped: report.skipped, problems: report.problems, report: reportText(report) })
      } catch (error) {
        const message = error instanceof WxrFileError ? error.message : `the import stopped: ${error instanceof Error ? error.message : String(error)}`
        await write({ state: 'failed', report: `Nothing was imported from this file: ${message}` })
      }
      return { output: {} }
    },
  },
]
