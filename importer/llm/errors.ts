// Errors of the optional LLM extractor: configuration, transport (HTTP, timeout, unreachable) and a reply that
// stays invalid after the retry. LlmExtractionError joins the importer's family (file and stage on every error).
import { ImportError } from '../errors.ts';

/** A KG_LLM_* setting is missing or malformed; the message names the variable. */
export class LlmConfigError extends Error {
  override name = 'LlmConfigError';
}

/** The chat-completions call failed: unreachable server, timeout, HTTP error or a reply without content. */
export class LlmRequestError extends Error {
  override name = 'LlmRequestError';
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The LLM extraction of one document failed (request error or a reply invalid after the retry). */
export class LlmExtractionError extends ImportError {
  override name = 'LlmExtractionError';
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`llm extractor: ${message}`, file, 'extract', options);
  }
}
