import { checkFiles, humanReport } from '../check';

export function validateCommand(files: string[], options: { json?: boolean }): number {
  const checked = checkFiles(files);
  if (options.json) {
    const reports = checked.map(({ file, ok, diagnostics }) => ({ file, ok, diagnostics }));
    console.log(JSON.stringify(reports, null, 2));
  } else {
    for (const report of checked) console.log(humanReport(report));
  }
  return checked.every((r) => r.ok) ? 0 : 1;
}
