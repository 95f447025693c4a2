import { SetMetadata } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { Page, ResponseViews } from '@inno/contracts';

export const API_RESPONSE = 'inno:api-response';

export type ViewName = keyof ResponseViews;

/** What a handler answers with on success, read by `buildOpenApiDocument`. */
export interface ApiResponseSpec {
  view: ViewName;
  shape: 'one' | 'list' | 'page';
  description?: string;
  example?: unknown;
}

interface Options<T> {
  description?: string;
  /** Typed as the view, so an example cannot drift from the contract. */
  example?: T;
}

/**
 * A method decorator that only fits a handler returning `T` (or a promise of it): naming the wrong
 * view for a route fails typechecking.
 */
type Answering<T> = <F extends (...args: never[]) => T | Promise<T>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<F>) => void;

const answering = <T>(spec: ApiResponseSpec): Answering<T> => SetMetadata(API_RESPONSE, spec) as Answering<T>;

/** The handler answers with one view of `libs/contracts` (`ResponseViews` names them). */
export const ApiView = <K extends ViewName>(view: K, options: Options<ResponseViews[K]> = {}) =>
  answering<ResponseViews[K]>({ view, shape: 'one', ...options });

/** The handler answers with an array of the view. */
export const ApiList = <K extends ViewName>(view: K, options: Options<ResponseViews[K][]> = {}) =>
  answering<ResponseViews[K][]>({ view, shape: 'list', ...options });

/** The handler answers with a `Page` of the view. */
export const ApiPage = <K extends ViewName>(view: K, options: Options<Page<ResponseViews[K]>> = {}) =>
  answering<Page<ResponseViews[K]>>({ view, shape: 'page', ...options });

/** The handler sends a stored file's bytes in one of these content types. */
export const ApiFile = (contentTypes: string[], description: string) =>
  ApiOkResponse({ description, content: Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) });
