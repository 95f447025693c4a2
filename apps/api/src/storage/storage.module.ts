import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app.config';
import { createFileStorage } from './create-file-storage';
import { FileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { UploadsService } from './uploads.service';

@Global()
@Module({
  controllers: [FilesController],
  providers: [{ provide: FileStorage, inject: [AppConfig, DataSource], useFactory: createFileStorage }, UploadsService],
  exports: [UploadsService],
})
export class StorageModule {}
