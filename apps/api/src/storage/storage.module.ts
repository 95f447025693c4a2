import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app.config';
import { FileStorage } from './file-storage';
import { FilesController } from './files.controller';
import { LocalDiskStorage } from './local-disk.storage';
import { UploadsService } from './uploads.service';

@Global()
@Module({
  controllers: [FilesController],
  providers: [
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new LocalDiskStorage(config.STORAGE_DIR) },
    UploadsService,
  ],
  exports: [UploadsService],
})
export class StorageModule {}
