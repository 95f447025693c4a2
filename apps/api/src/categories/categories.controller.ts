import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorator';
import { CategoriesService } from './categories.service';

@ApiTags('categories')
@Controller('v1/categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  /** The catalogue's taxonomy is public reference data. */
  @Get()
  @Public()
  @ApiOkResponse({ description: 'Large categories, each with its middle and small categories' })
  tree() {
    return this.categories.tree();
  }
}
