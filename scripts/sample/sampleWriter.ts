import type {Reference} from "../../loaders/reference/loadReference.ts";

export interface SampleContext {
  /** Project root (data/reference lives under it). */
  readonly root: string;
  /** The folder to write this dataset's sample files into (data/sample/<dataset>, staged). */
  readonly folder: string;
  readonly seed: number;
  readonly reference: Reference;
}

/** Writes one dataset's generated sample files. Registered in scripts/sample/writers.ts. */
export interface SampleWriter {
  readonly dataset: string;
  write(context: SampleContext): Promise<number>;
}
