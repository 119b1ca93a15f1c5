// The importer's error family: every error names the file and the stage that failed.

export type ImportStage = 'load' | 'split' | 'extract' | 'resolve' | 'write';

/** Root of importer errors; `file` and `stage` say where it happened. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly file: string,
    readonly stage: ImportStage,
    options?: { cause?: unknown },
  ) {
    super(`importer/${stage}: ${file}: ${message}`, options);
  }
}

/** The file cannot be read or is not a readout (empty, binary, too large, malformed). */
export class DocumentLoadError extends ImportError {
  override name = 'DocumentLoadError';
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(message, file, 'load', options);
  }
}

/** An extraction rule produced a relation the ontology forbids (a bug in a rule). */
export class SchemaViolationError extends ImportError {
  override name = 'SchemaViolationError';
  constructor(file: string, message: string) {
    super(message, file, 'extract');
  }
}

/** Unknown or unavailable extractor. */
export class ExtractorError extends ImportError {
  override name = 'ExtractorError';
  constructor(file: string, message: string) {
    super(message, file, 'extract');
  }
}
