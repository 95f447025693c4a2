import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { UnsupportedMediaTypeError } from '../common/domain-errors';

/** A route that reads a multipart upload (UploadsService.readMultipart). */
export const UploadRoute = () => applyDecorators(RouteConfig({ upload: true }), ApiConsumes('multipart/form-data'));

/**
 * Every other route takes JSON: a multipart body there would reach the validation pipe as no body
 * at all, and a PATCH would pass as an empty edit.
 */
export function refuseMultipartOutsideUploads(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  const upload = (request.routeOptions.config as { upload?: boolean } | undefined)?.upload === true;
  if (request.isMultipart() && !upload) done(new UnsupportedMediaTypeError('This route takes a JSON body (application/json), not multipart/form-data'));
  else done();
}
